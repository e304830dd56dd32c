import { EntityEvidence } from '@agile-ops/plugin-maturity-node';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { proposeArchitecture } from './architecture';
import { proposeDocumentation } from './documentation';
import { proposeMaturity } from './maturity';
import { PageLookups } from './pageLookups';
import { proposeUbiquity } from './ubiquity';

/** The vectors the catalog's facts speak to. */
export const CATALOG_VECTORS = [
  'documentation',
  'maturity',
  'ubiquity',
  'architecture',
] as const;

/** The catalog's evidence for one entity: a proposal per vector, from its facts and the lookups. */
export function toEntityEvidence(
  entity: Entity,
  lookups: PageLookups,
  now: Date,
): EntityEvidence {
  return {
    entityRef: stringifyEntityRef(entity),
    proposals: [
      proposeDocumentation(entity, now),
      proposeMaturity(entity, now),
      proposeUbiquity(entity, lookups, now),
      proposeArchitecture(entity, lookups, now),
    ],
  };
}
