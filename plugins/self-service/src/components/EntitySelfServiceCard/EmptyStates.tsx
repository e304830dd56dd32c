import { EmptyState } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { APPLIES_TO_ANNOTATION } from '../../lib/appliesTo';

/** The annotation a template author would write for service components: a filter predicate. */
const EXAMPLE = `${APPLIES_TO_ANNOTATION}: '{ kind: component, spec.type: service }'`;

/** No template names this entity: tell template authors how to offer one. */
export function NoTemplateState() {
  return (
    <EmptyState
      missing="field"
      title="No self-service template applies to this entity yet"
      description={
        <>
          Add the {APPLIES_TO_ANNOTATION} annotation to a template, a filter
          predicate naming the entities it is for, for example{' '}
          <code>{EXAMPLE}</code>.
        </>
      }
    />
  );
}

/** Nothing ran yet: say where runs come from, so an empty list is not mistaken for a fault. */
export function NoRunsState() {
  return (
    <>
      <Typography variant="subtitle2" component="p">
        No runs yet
      </Typography>
      <Typography variant="body2" color="textSecondary">
        A run is recorded when a template launched for this entity finishes.
      </Typography>
    </>
  );
}
