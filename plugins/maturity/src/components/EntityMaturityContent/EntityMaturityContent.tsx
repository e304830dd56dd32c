import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Grid } from '@material-ui/core';
import { useState } from 'react';
import { useEntityMaturity } from '../../hooks/useEntityMaturity';
import { AssessButton } from '../AssessDialog/AssessButton';
import { EvidenceProposals } from '../EvidenceProposals/EvidenceProposals';
import { LevelSummary } from '../shared/LevelSummary';
import { VectorChips } from '../shared/VectorChips';
import { ScoreHistoryChart } from './ScoreHistoryChart';
import { VectorScoreTable } from './VectorScoreTable';

/**
 * The maturity tab of an entity: every vector with its evidence, the history of the level and
 * of each vector, and the assessment dialog for users allowed to assess.
 *
 * @public
 */
export function EntityMaturityContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error, retry } = useEntityMaturity(entityRef);
  const [series, setSeries] = useState('level');

  if (!value) {
    if (loading) return <Progress />;
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No maturity data')}
        title="Could not load the maturity scorecard"
      />
    );
  }
  const { rubric, scorecard, history, levels } = value;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title="Maturity"
          subheader={`Rubric ${scorecard.rubricVersion}`}
          action={
            <Box mt={1}>
              <AssessButton
                entityRef={entityRef}
                rubric={rubric}
                scorecard={scorecard}
                label="Assess"
                variant="contained"
                onAssessed={retry}
              />
            </Box>
          }
        >
          <LevelSummary scorecard={scorecard} rubric={rubric} />
          <VectorChips scorecard={scorecard} rubric={rubric} entity={entity} />
          <EvidenceProposals
            scorecard={scorecard}
            rubric={rubric}
            onDecided={retry}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="History">
          <ScoreHistoryChart
            history={history}
            levels={levels}
            rubric={rubric}
            series={series}
            onSeriesChange={setSeries}
            entityRef={entityRef}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Vectors" noPadding>
          <VectorScoreTable
            scorecard={scorecard}
            rubric={rubric}
            selected={series}
            onSelect={setSeries}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
