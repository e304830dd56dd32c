import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { TEMPLATE_FIELDS } from '../lib/templates';

/**
 * Every template in the catalog, with only the fields the card reads. Matching happens on the
 * client: the catalog cannot filter on the JSON inside an annotation.
 */
export function useTemplates() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<Entity[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Template' },
      fields: TEMPLATE_FIELDS,
    });
    return items;
  }, [catalogApi]);
}
