import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { DatabaseFeedTokenStore } from './DatabaseFeedTokenStore';
import { DatabaseHandoffNoteStore } from './DatabaseHandoffNoteStore';
import { DatabaseLedgerStore } from './DatabaseLedgerStore';
import { DatabaseReminderClaimStore } from './DatabaseReminderClaimStore';
import { DatabaseRotationStore } from './DatabaseRotationStore';
import { FeedTokenStore } from './FeedTokenStore';
import { HandoffNoteStore } from './HandoffNoteStore';
import { LedgerStore } from './LedgerStore';
import { ReminderClaimStore } from './ReminderClaimStore';
import { RotationStore } from './RotationStore';

const migrationsDir = resolvePackagePath(
  '@agile-ops/plugin-oncall-backend',
  'migrations',
);

/** The stores a write spanning rotations and the ledger needs, on one transaction. */
export type TransactionStores = {
  rotations: RotationStore;
  ledger: LedgerStore;
};

/** The stores of the on-call plugin, all on its one database. */
export interface OncallStores {
  rotations: RotationStore;
  handoffNotes: HandoffNoteStore;
  ledger: LedgerStore;
  reminderClaims: ReminderClaimStore;
  feedTokens: FeedTokenStore;
  /**
   * Runs `work` on rotation and ledger stores bound to one database transaction: what it
   * writes is kept when it resolves and rolled back when it throws.
   */
  inTransaction<T>(work: (stores: TransactionStores) => Promise<T>): Promise<T>;
}

/**
 * Connects to the plugin's database, runs its migrations (one directory for every store)
 * unless config skips them, and opens the stores on it; `clock` is the plugin's.
 */
export async function openOncallStores(
  database: DatabaseService,
  options: { clock?: () => Date } = {},
): Promise<OncallStores> {
  const db = await database.getClient();
  if (!database.migrations?.skip) {
    await db.migrate.latest({ directory: migrationsDir });
  }
  return {
    rotations: new DatabaseRotationStore(db, options),
    handoffNotes: new DatabaseHandoffNoteStore(db),
    ledger: new DatabaseLedgerStore(db),
    reminderClaims: new DatabaseReminderClaimStore(db),
    feedTokens: new DatabaseFeedTokenStore(db),
    // The stores' own transactions become savepoints of this one.
    inTransaction: work =>
      db.transaction(tx =>
        work({
          rotations: new DatabaseRotationStore(tx, options),
          ledger: new DatabaseLedgerStore(tx),
        }),
      ),
  };
}
