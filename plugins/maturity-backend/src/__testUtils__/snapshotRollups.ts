import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseRollupStore } from '../rollups/DatabaseRollupStore';
import { RollupService } from '../rollups/RollupService';
import { Visibility } from '../service/Visibility';

/**
 * The roll-up service a snapshot test values its rows with: documentation by the tier-weighted
 * mean, stability by the minimum, the rest by the mean, at the instant `now`.
 */
export function snapshotRollupService(options: {
  rollups: DatabaseRollupStore;
  staleAfterMs: number;
  now: Date;
}): RollupService {
  return new RollupService({
    store: options.rollups,
    // Snapshots hold aggregates only; nothing is read for a caller.
    visibility: new Visibility({
      catalog: catalogServiceMock(),
      permissions: mockServices.permissions.mock(),
    }),
    settings: {
      rules: { documentation: 'weighted', stability: 'min' },
      defaultRule: 'mean',
      staleAfterMs: options.staleAfterMs,
    },
    now: () => options.now,
  });
}
