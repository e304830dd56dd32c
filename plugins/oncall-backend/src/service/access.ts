import { Access } from '@agile-ops/backend-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ResourcePermission } from '@backstage/plugin-permission-common';

export type { UserCredentials } from '@agile-ops/backend-common';

/**
 * The suite's write check-and-audit helper, with the on-call rule that every write is checked
 * against the group that owns the rotation, ledger or capacity.
 */
export class TeamAccess extends Access {
  /** Throws NotAllowedError unless the caller holds `permission` on the team's group entity. */
  async authorizeTeam(
    permission: ResourcePermission<'catalog-entity'>,
    team: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.authorize(
      { permission, resourceRef: team },
      credentials,
      `${permission.name} is not permitted for ${team}; ask a member of that group`,
    );
  }
}
