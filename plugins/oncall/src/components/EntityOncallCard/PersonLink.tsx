import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { displayName, People } from '../../lib/people';

/** A person (or team) by their catalog name, linked to their entity page. */
export function PersonLink(props: { entityRef: string; people: People }) {
  const { entityRef, people } = props;
  return (
    <EntityRefLink entityRef={entityRef}>
      {displayName(entityRef, people.get(entityRef))}
    </EntityRefLink>
  );
}
