import { TargetGap } from '@agile-ops/plugin-maturity-common';
import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  CATALOG_FILTER_EXISTS,
} from '@backstage/plugin-catalog-react';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  GapImprovement,
  IMPROVES_ANNOTATION,
  IMPROVING_TEMPLATE_FIELDS,
  selectImprovingTemplates,
} from '../lib/improvingTemplates';

/**
 * The templates that help to close the entity's gaps, per vector below target. They are read
 * with the user's catalog API, so only templates the user may see are offered, and only when
 * there is a gap to close. Empty while loading, and when the templates cannot be read: the
 * links are a shortcut, and the card's scores matter more than an error about them.
 */
export function useGapImprovements(
  entity: Entity,
  gaps: ReadonlyArray<TargetGap>,
): GapImprovement[] {
  const catalogApi = useApi(catalogApiRef);
  const hasGaps = gaps.length > 0;
  const templates = useAsync(async (): Promise<Entity[]> => {
    if (!hasGaps) return [];
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'Template',
        [`metadata.annotations.${IMPROVES_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
      },
      fields: IMPROVING_TEMPLATE_FIELDS,
    });
    return items;
  }, [catalogApi, hasGaps]);
  return useMemo(
    () =>
      templates.value
        ? selectImprovingTemplates(templates.value, entity, gaps)
        : [],
    [templates.value, entity, gaps],
  );
}
