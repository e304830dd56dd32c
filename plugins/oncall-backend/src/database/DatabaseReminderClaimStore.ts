import { Knex } from 'knex';
import { ReminderClaimStore } from './ReminderClaimStore';

const TABLE = 'oncall_reminders_sent';

/** The knex implementation of {@link ReminderClaimStore}, for SQLite and PostgreSQL. */
export class DatabaseReminderClaimStore implements ReminderClaimStore {
  constructor(private readonly db: Knex) {}

  async claim(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
    sentAt: Date,
  ): Promise<boolean> {
    // One statement on the primary key: of replicas claiming at once, exactly one inserts.
    const inserted = await this.db(TABLE)
      .insert({
        rotation_id: rotationId,
        handoff_at: handoffAt,
        recipient,
        sent_at: sentAt,
      })
      .onConflict(['rotation_id', 'handoff_at', 'recipient'])
      .ignore()
      .returning('rotation_id');
    return inserted.length > 0;
  }

  async release(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
  ): Promise<void> {
    await this.db(TABLE)
      .where({ rotation_id: rotationId, handoff_at: handoffAt, recipient })
      .delete();
  }
}
