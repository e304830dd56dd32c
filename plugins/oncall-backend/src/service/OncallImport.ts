import {
  ImportCounts,
  oncallImportPermission,
  OncallImportRequest,
  OncallImportResult,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Request } from 'express';
import { OncallStores, TransactionStores } from '../database/openStores';
import { TeamAccess } from './access';
import { CheckedImport, checkImport, CheckedRotation } from './importInput';
import { InterruptService } from './InterruptService';
import { RotationService } from './RotationService';
import { DEFAULT_MAX_ROTATIONS_PER_GROUP } from './settings';
import { TeamDirectory } from './TeamDirectory';

/** The user a caller is, or undefined for a service. */
function userOf(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
  };
  return principal.type === 'user' ? principal.userEntityRef : undefined;
}

/** Whether a failed write hit a primary key another transaction had just written. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === '23505' || // PostgreSQL
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

const counts = (imported: number, all: number): ImportCounts => ({
  imported,
  skipped: all - imported,
});

/**
 * Rotations and past interrupts brought in from another on-call tool (or a demo's data),
 * behind their own permission: every item is checked, the catalog's included, before the
 * first is stored, and all are stored in one transaction, so a bad item stores nothing. Items
 * whose id is there already are skipped, so the same import can be sent again.
 */
export class OncallImport {
  constructor(
    private readonly deps: {
      stores: Pick<OncallStores, 'inTransaction'>;
      directory: TeamDirectory;
      access: TeamAccess;
      /** Rotations one group may have; see `oncall.rotations.maxPerGroup`. */
      maxRotationsPerGroup?: number;
      now?: () => Date;
    },
  ) {}

  /** Checks the permission and every item, then stores the new ones; audited. */
  async run(
    body: OncallImportRequest,
    credentials: BackstageCredentials,
    request?: Request,
  ): Promise<OncallImportResult> {
    const { access } = this.deps;
    return access.audited(
      {
        eventId: 'oncall-import',
        request,
        credentials,
        meta: {
          rotations: body.rotations?.length ?? 0,
          interrupts: body.interrupts?.length ?? 0,
        },
      },
      async () => {
        await access.authorize(
          { permission: oncallImportPermission },
          credentials,
          'You may not import rotations and interrupts',
        );
        const now = this.deps.now?.() ?? new Date();
        const items = checkImport(body, { now, caller: userOf(credentials) });
        await this.checkCatalog(items);
        return this.store(items, now).catch(error => {
          // The same items imported twice at once (two replicas starting, say): the later
          // transaction fails on the earlier one's rows once they are committed, and run again
          // it finds and skips them.
          if (!isUniqueViolation(error)) throw error;
          return this.store(items, now);
        });
      },
      result => ({
        rotations: { ...result.rotations },
        interrupts: { ...result.interrupts },
      }),
    );
  }

  // Owners and teams must be groups the catalog has, entities entities it has, and people on
  // duty members of the owning group, as for every rotation.
  private async checkCatalog(items: CheckedImport): Promise<void> {
    const { directory } = this.deps;
    const present = await directory.catalogRefs([
      ...items.rotations.map(r => r.owner),
      ...items.interrupts.flatMap(i =>
        i.entityRef ? [i.team, i.entityRef] : [i.team],
      ),
    ]);
    const missing = (ref: string, field: string, what: string) => {
      if (!present.has(ref)) {
        throw new InputError(
          `${field} names no ${what} in the catalog: ${ref}`,
        );
      }
    };
    for (const rotation of items.rotations) {
      missing(rotation.owner, `${rotation.field}.owner`, 'group');
    }
    for (const interrupt of items.interrupts) {
      missing(interrupt.team, `${interrupt.field}.team`, 'group');
      if (interrupt.entityRef) {
        missing(interrupt.entityRef, `${interrupt.field}.entityRef`, 'entity');
      }
    }
    const members = new Map<string, Set<string>>();
    for (const rotation of items.rotations) {
      const { owner } = rotation;
      if (!members.has(owner)) {
        members.set(owner, await directory.membersOfTree(owner));
      }
      rotation.version.participants.forEach((user, i) => {
        if (!members.get(owner)!.has(user)) {
          throw new InputError(
            `${rotation.field}.version.participants[${i}]: ${user} is not a member of ${owner} or of its sub-groups`,
          );
        }
      });
    }
  }

  private store(items: CheckedImport, now: Date): Promise<OncallImportResult> {
    const { directory, access } = this.deps;
    return this.deps.stores.inTransaction(async tx => {
      const storedRotations = await tx.rotations.storedRotationIds(
        items.rotations.map(r => r.id),
      );
      const rotations = items.rotations.filter(r => !storedRotations.has(r.id));
      const knownInterrupts = await tx.ledger.knownInterruptIds(
        items.interrupts.map(i => i.id),
      );
      const interrupts = items.interrupts.filter(
        i => !knownInterrupts.has(i.id),
      );
      await this.checkRoom(tx, rotations);

      for (const rotation of rotations) {
        await tx.rotations.createRotation({
          id: rotation.id,
          owner: rotation.owner,
          name: rotation.name,
          source: 'rules',
          version: rotation.version,
          createdBy: rotation.createdBy,
          createdAt: now,
        });
      }
      // The PoTW of each moment is read through this transaction: it sees the rotations just
      // written, and on SQLite, whose one connection the transaction holds, it cannot wait for
      // a connection of its own.
      const triage = new InterruptService({
        store: tx.ledger,
        rotations: new RotationService({
          store: tx.rotations,
          directory,
          access,
        }),
        directory,
        access,
      });
      for (const { field: _field, ...interrupt } of interrupts) {
        await tx.ledger.createInterrupt({
          ...interrupt,
          triagedBy: await triage.potwAt(interrupt.team, interrupt.receivedAt),
          source: 'import',
          createdAt: now,
        });
      }
      return {
        rotations: counts(rotations.length, items.rotations.length),
        interrupts: counts(interrupts.length, items.interrupts.length),
      };
    });
  }

  /** InputError when the new rotations would give a group more than it may have. */
  private async checkRoom(
    tx: TransactionStores,
    rotations: CheckedRotation[],
  ): Promise<void> {
    const max =
      this.deps.maxRotationsPerGroup ?? DEFAULT_MAX_ROTATIONS_PER_GROUP;
    const added = new Map<string, number>();
    for (const rotation of rotations) {
      const { owner } = rotation;
      const before =
        added.get(owner) ?? (await tx.rotations.listRotations(owner)).length;
      const total = before + 1;
      added.set(owner, total);
      if (total > max) {
        throw new InputError(
          `${rotation.field}.owner ${owner} would have ${total} rotations, more than the ${max} a group may have (oncall.rotations.maxPerGroup); import fewer or delete some first`,
        );
      }
    }
  }
}
