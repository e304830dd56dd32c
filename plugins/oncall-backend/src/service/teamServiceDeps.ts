import type { RotationService } from './RotationService';
import type { TeamAccess } from './access';
import type { TeamDirectory } from './TeamDirectory';

/**
 * What a service that writes records of a group's rotations or ledger is built from: its store,
 * the rotations (whose `get` checks that the caller may read them), the catalog directory, the
 * write check-and-audit helper and, for tests, a clock.
 */
export interface TeamServiceDeps<Store> {
  store: Store;
  rotations: RotationService;
  directory: TeamDirectory;
  access: TeamAccess;
  now?: () => Date;
}
