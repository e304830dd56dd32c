import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Divider, Typography } from '@material-ui/core';
import { useMemo } from 'react';
import { useSelfServiceUsage } from '../../hooks/useSelfServiceUsage';
import { useTemplates } from '../../hooks/useTemplates';
import { runCountText } from '../../lib/format';
import { defaultTemplateRoute, launchLink } from '../../lib/launchLink';
import { selectTemplates, templateTitles } from '../../lib/templates';
import { createFromTemplateRouteRef } from '../../routes';
import { NoRunsState, NoTemplateState } from './EmptyStates';
import { IgnoredTemplatesNote } from './IgnoredTemplatesNote';
import { RecentRuns } from './RecentRuns';
import { TemplateList } from './TemplateList';

function TemplatesSection(props: {
  entity: Entity;
  entityRef: string;
  templates: ReturnType<typeof useTemplates>;
}) {
  const { entity, entityRef, templates } = props;
  const boundRoute = useRouteRef(createFromTemplateRouteRef);
  const route = boundRoute ?? defaultTemplateRoute;
  const selection = useMemo(
    () => templates.value && selectTemplates(templates.value, entity),
    [templates.value, entity],
  );

  if (templates.error) {
    return (
      <ResponseErrorPanel
        error={templates.error}
        title="Could not load the self-service templates"
      />
    );
  }
  if (!selection) return <Progress />;
  return (
    <>
      {selection.applicable.length === 0 ? (
        <NoTemplateState />
      ) : (
        <TemplateList
          templates={selection.applicable}
          linkTo={template => launchLink(route, template, entityRef)}
        />
      )}
      {selection.invalid.length > 0 && (
        <IgnoredTemplatesNote templates={selection.invalid} />
      )}
    </>
  );
}

function UsageSection(props: {
  entityRef: string;
  templates: ReturnType<typeof useTemplates>;
}) {
  const { entityRef, templates } = props;
  const usage = useSelfServiceUsage(entityRef);
  const titles = useMemo(
    () => templateTitles(templates.value ?? []),
    [templates.value],
  );

  if (usage.error) {
    return (
      <ResponseErrorPanel
        error={usage.error}
        title="Could not load the self-service runs"
      />
    );
  }
  // Wait for the templates too, so that runs show titles at once instead of refs, then titles.
  if (!usage.value || templates.loading) return <Progress />;
  const { runs, recent } = usage.value;
  if (recent.length === 0 && runs.last90Days === 0) return <NoRunsState />;
  return (
    <>
      <Typography variant="body2">{runCountText(runs)}</Typography>
      {recent.length > 0 && <RecentRuns runs={recent} titles={titles} />}
    </>
  );
}

function SectionHeading(props: { children: string }) {
  return (
    <Typography variant="overline" component="h3" color="textSecondary">
      {props.children}
    </Typography>
  );
}

function SelfServiceCardBody() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const templates = useTemplates();
  return (
    <InfoCard title="Self-service">
      <SectionHeading>Templates</SectionHeading>
      <TemplatesSection
        entity={entity}
        entityRef={entityRef}
        templates={templates}
      />
      <Box my={2}>
        <Divider />
      </Box>
      <SectionHeading>Runs</SectionHeading>
      <UsageSection entityRef={entityRef} templates={templates} />
    </InfoCard>
  );
}

/**
 * The self-service templates that apply to the current entity, each launched with the entity
 * filled in, and how often they ran for it: counts over 30 and 90 days and the latest runs.
 *
 * @public
 */
export function EntitySelfServiceCard() {
  // A landmark around the card, so it is announced and can be found by its name.
  return (
    <section aria-label="Self-service card">
      <SelfServiceCardBody />
    </section>
  );
}
