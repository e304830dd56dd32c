import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Button } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import { useEntityLinks } from '../../hooks/useEntityLinks';
import { useEntityMaturity } from '../../hooks/useEntityMaturity';
import { AssessButton } from '../AssessDialog/AssessButton';
import { EvidenceProposals } from '../EvidenceProposals/EvidenceProposals';
import { LevelSummary } from '../shared/LevelSummary';
import { VectorChips } from '../shared/VectorChips';
import { LevelSparkline } from './LevelSparkline';
import { VectorRadar } from './VectorRadar';

function MaturityCardBody() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const tabLink = useEntityLinks().maturityTab(entityRef);
  const { value, loading, error, retry } = useEntityMaturity(entityRef);

  const deepLink = { title: 'Scores, history and assessments', link: tabLink };

  if (!value) {
    return (
      <InfoCard title="Maturity">
        {loading && <Progress />}
        {error && (
          <ResponseErrorPanel
            error={error}
            title="Could not load the maturity scorecard"
          />
        )}
      </InfoCard>
    );
  }

  const { rubric, scorecard, levels } = value;
  const proposals = (
    <EvidenceProposals
      scorecard={scorecard}
      rubric={rubric}
      onDecided={retry}
      limit={3}
    />
  );
  const assessButton = (props: { label: string; fallback?: JSX.Element }) => (
    <AssessButton
      entityRef={entityRef}
      rubric={rubric}
      scorecard={scorecard}
      variant="contained"
      onAssessed={retry}
      {...props}
    />
  );

  if (!scorecard.vectors.some(v => v.score !== null)) {
    return (
      <InfoCard title="Maturity" deepLink={deepLink}>
        <EmptyState
          missing="data"
          title="Not assessed yet"
          description={`Nobody has scored ${
            entity.metadata.title ?? entity.metadata.name
          } on the 15 maturity vectors. An assessment takes a few minutes and shows where it needs investment.`}
          action={assessButton({
            label: 'Assess now',
            fallback: (
              <Button variant="outlined" component={RouterLink} to={tabLink}>
                See the vectors
              </Button>
            ),
          })}
        />
        {proposals}
      </InfoCard>
    );
  }

  return (
    <InfoCard
      title="Maturity"
      deepLink={deepLink}
      action={<Box mt={1}>{assessButton({ label: 'Assess' })}</Box>}
    >
      <LevelSummary scorecard={scorecard} rubric={rubric} />
      <LevelSparkline levels={levels} />
      <VectorRadar scorecard={scorecard} rubric={rubric} />
      <VectorChips scorecard={scorecard} rubric={rubric} entity={entity} />
      {proposals}
    </InfoCard>
  );
}

/**
 * The maturity of the current entity at a glance: level, radar of the 15 vectors, level trend,
 * the vectors that need attention and what evidence proposes, with a link to the maturity tab.
 *
 * @public
 */
export function EntityMaturityCard() {
  // A landmark around the card, so it is announced and can be found by its name.
  return (
    <section aria-label="Maturity card">
      <MaturityCardBody />
    </section>
  );
}
