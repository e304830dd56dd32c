import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';

/** The path of the maturity tab below an entity page. */
export const MATURITY_TAB_PATH = 'maturity';

/**
 * Links to entity pages for any entity ref: `page(ref)` to the entity's page, `maturityTab(ref)`
 * to its maturity tab, where it is assessed.
 */
export function useEntityLinks() {
  const entityRoute = useRouteRef(entityRouteRef);
  const page = useCallback(
    (entityRef: string) => {
      const ref = parseEntityRef(entityRef);
      return entityRoute({
        kind: ref.kind.toLocaleLowerCase('en-US'),
        namespace: ref.namespace,
        name: ref.name,
      });
    },
    [entityRoute],
  );
  const maturityTab = useCallback(
    (entityRef: string) => `${page(entityRef)}/${MATURITY_TAB_PATH}`,
    [page],
  );
  return { page, maturityTab };
}
