import {
  Interrupt,
  InterruptCategory,
  InterruptEdit,
  InterruptSource,
} from '@agile-ops/plugin-oncall-common';
import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { iso, Timestamp } from '@agile-ops/common';
import {
  EditAuthor,
  InterruptChanges,
  InterruptQuery,
  LedgerStore,
  NewInterrupt,
  StoredCapacity,
} from './LedgerStore';

type InterruptRow = {
  id: string;
  team: string;
  entity_ref: string | null;
  title: string;
  category: string;
  received_at: Timestamp;
  triaged_by: string | null;
  effort_minutes: number | null;
  resolved_at: Timestamp | null;
  source: string;
  created_by: string;
  created_at: Timestamp;
};

type EditRow = {
  id?: number;
  interrupt_id: string;
  team: string;
  action: 'update' | 'delete';
  changes: string;
  changed_by: string;
  changed_at: Timestamp;
};

function interruptFromRow(row: InterruptRow): Interrupt {
  return {
    id: row.id,
    team: row.team,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    title: row.title,
    category: row.category as InterruptCategory,
    receivedAt: iso(row.received_at),
    ...(row.triaged_by ? { triagedBy: row.triaged_by } : {}),
    ...(row.effort_minutes !== null && row.effort_minutes !== undefined
      ? { effortMinutes: Number(row.effort_minutes) }
      : {}),
    ...(row.resolved_at ? { resolvedAt: iso(row.resolved_at) } : {}),
    source: row.source as InterruptSource,
    createdBy: row.created_by,
  };
}

function editRow(
  interrupt: Interrupt,
  action: EditRow['action'],
  changes: InterruptEdit['changes'],
  edit: EditAuthor,
): EditRow {
  return {
    interrupt_id: interrupt.id,
    team: interrupt.team,
    action,
    changes: JSON.stringify(changes),
    changed_by: edit.by,
    changed_at: edit.at,
  };
}

// SQLite and PostgreSQL both limit bound parameters per statement; id lists are split.
const ID_CHUNK = 200;

/** The knex implementation of {@link LedgerStore}, for SQLite and PostgreSQL. */
export class DatabaseLedgerStore implements LedgerStore {
  constructor(private readonly db: Knex) {}

  async createInterrupt(interrupt: NewInterrupt): Promise<Interrupt> {
    const row: InterruptRow = {
      id: interrupt.id,
      team: interrupt.team,
      entity_ref: interrupt.entityRef ?? null,
      title: interrupt.title,
      category: interrupt.category,
      received_at: interrupt.receivedAt,
      triaged_by: interrupt.triagedBy ?? null,
      effort_minutes: interrupt.effortMinutes ?? null,
      resolved_at: interrupt.resolvedAt ?? null,
      source: interrupt.source,
      created_by: interrupt.createdBy,
      created_at: interrupt.createdAt,
    };
    await this.db('oncall_interrupts').insert(row);
    // The answer is what was just written, read the way a later read would read it.
    return interruptFromRow(row);
  }

  async getInterrupt(id: string): Promise<Interrupt | undefined> {
    const row: InterruptRow | undefined = await this.db('oncall_interrupts')
      .where({ id })
      .first();
    return row ? interruptFromRow(row) : undefined;
  }

  async knownInterruptIds(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      const stored: string[] = await this.db('oncall_interrupts')
        .whereIn('id', chunk)
        .pluck('id');
      const deleted: string[] = await this.db('oncall_interrupt_edits')
        .whereIn('interrupt_id', chunk)
        .where({ action: 'delete' })
        .pluck('interrupt_id');
      for (const id of [...stored, ...deleted]) found.add(id);
    }
    return found;
  }

  async updateInterrupt(
    id: string,
    changes: InterruptChanges,
    edit: EditAuthor,
  ): Promise<Interrupt> {
    return this.db.transaction(async tx => {
      const row: InterruptRow | undefined = await tx('oncall_interrupts')
        .where({ id })
        .first();
      if (!row) throw new NotFoundError(`no interrupt ${id}`);
      const before = interruptFromRow(row);
      const update: Partial<InterruptRow> = {};
      const recorded: InterruptEdit['changes'] = {};
      const change = <C extends keyof InterruptRow>(
        field: keyof Interrupt,
        column: C,
        to: InterruptRow[C],
      ) => {
        const from = before[field] ?? null;
        const stored = to instanceof Date ? to.toISOString() : to;
        if (from === stored) return;
        update[column] = to;
        recorded[field] = { from, to: stored };
      };
      if (changes.title !== undefined) change('title', 'title', changes.title);
      if (changes.category !== undefined) {
        change('category', 'category', changes.category);
      }
      if (changes.effortMinutes !== undefined) {
        change('effortMinutes', 'effort_minutes', changes.effortMinutes);
      }
      if (changes.resolvedAt !== undefined) {
        change('resolvedAt', 'resolved_at', changes.resolvedAt);
      }
      if (Object.keys(update).length === 0) return before;
      await tx('oncall_interrupts').where({ id }).update(update);
      await tx('oncall_interrupt_edits').insert(
        editRow(before, 'update', recorded, edit),
      );
      // The answer is the row as read in this transaction with the changes written.
      return interruptFromRow({ ...row, ...update });
    });
  }

  async deleteInterrupt(id: string, edit: EditAuthor): Promise<boolean> {
    return this.db.transaction(async tx => {
      const row: InterruptRow | undefined = await tx('oncall_interrupts')
        .where({ id })
        .first();
      if (!row) return false;
      const before = interruptFromRow(row);
      const last = Object.fromEntries(
        Object.entries(before).map(([field, from]) => [
          field,
          { from, to: null },
        ]),
      );
      await tx('oncall_interrupt_edits').insert(
        editRow(before, 'delete', last, edit),
      );
      await tx('oncall_interrupts').where({ id }).delete();
      return true;
    });
  }

  async listInterruptEdits(id: string): Promise<InterruptEdit[]> {
    const rows: EditRow[] = await this.db('oncall_interrupt_edits')
      .where({ interrupt_id: id })
      .orderBy([
        { column: 'changed_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(row => ({
      interruptId: row.interrupt_id,
      action: row.action,
      changes: JSON.parse(row.changes),
      changedBy: row.changed_by,
      changedAt: iso(row.changed_at),
    }));
  }

  async listInterrupts(query: InterruptQuery): Promise<Interrupt[]> {
    const q = this.db('oncall_interrupts')
      .orderBy([
        { column: 'received_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(query.limit);
    if (query.team) q.where({ team: query.team });
    if (query.entityRef) q.where({ entity_ref: query.entityRef });
    if (query.from) q.where('received_at', '>=', query.from);
    if (query.to) q.where('received_at', '<', query.to);
    if (query.open) q.whereNull('resolved_at');
    const after = query.after;
    if (after) {
      q.where(w =>
        w
          .where('received_at', '<', after.receivedAt)
          .orWhere(w2 =>
            w2
              .where('received_at', after.receivedAt)
              .where('id', '<', after.id),
          ),
      );
    }
    return ((await q) as InterruptRow[]).map(interruptFromRow);
  }

  async getCapacity(team: string): Promise<StoredCapacity | undefined> {
    const row = await this.db('oncall_team_capacity').where({ team }).first();
    return row
      ? {
          people: Number(row.people),
          hoursPerPerson: Number(row.hours_per_person),
        }
      : undefined;
  }

  async setCapacity(
    team: string,
    capacity: StoredCapacity,
    updatedBy: string,
    updatedAt: Date,
  ): Promise<void> {
    await this.db('oncall_team_capacity')
      .insert({
        team,
        people: capacity.people,
        hours_per_person: capacity.hoursPerPerson,
        updated_by: updatedBy,
        updated_at: updatedAt,
      })
      .onConflict('team')
      .merge();
  }
}
