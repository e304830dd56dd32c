import {
  HandoffNote,
  Interrupt,
  InterruptCategory,
  InterruptEdit,
  InterruptSource,
  Override,
  RotationResponse,
  RotationVersion,
  RotationVersionResponse,
} from '@agile-ops/plugin-oncall-common';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { iso } from './dates';
import {
  EditAuthor,
  InterruptChanges,
  InterruptQuery,
  NewInterrupt,
  NewOverride,
  NewRotation,
  OncallStore,
  StoredCapacity,
} from './OncallStore';

const migrationsDir = resolvePackagePath(
  '@agile-ops/plugin-oncall-backend',
  'migrations',
);

type Timestamp = Date | number | string;

type RotationRow = {
  id: string;
  owner: string;
  name: string;
  source: 'rules' | 'ical';
  role: string | null;
  timezone: string | null;
  import_summary: string | null;
  created_by: string;
  created_at: Timestamp;
};

type VersionRow = {
  rotation_id: string;
  effective_from: Timestamp;
  timezone: string;
  role: string;
  participants: string;
  handoff_weekday: number;
  handoff_time: string;
  shift_length: string;
  start_date: string;
};

type OverrideRow = {
  id: string;
  rotation_id: string;
  user_ref: string;
  start_at: Timestamp;
  end_at: Timestamp;
  replaces: string | null;
  reason: string | null;
  created_by: string;
  created_at: Timestamp;
};

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

type NoteRow = {
  id: string;
  rotation_id: string;
  handoff_at: Timestamp;
  text: string;
  author: string;
  created_at: Timestamp;
};

function versionFromRow(row: VersionRow): RotationVersionResponse {
  return {
    effectiveFrom: iso(row.effective_from),
    timezone: row.timezone,
    role: row.role,
    participants: JSON.parse(row.participants),
    handoff: { weekday: Number(row.handoff_weekday), time: row.handoff_time },
    shiftLength: row.shift_length,
    startDate: row.start_date,
  };
}

function overrideFromRow(row: OverrideRow): Override {
  return {
    id: row.id,
    rotationId: row.rotation_id,
    user: row.user_ref,
    start: iso(row.start_at),
    end: iso(row.end_at),
    ...(row.replaces ? { replaces: row.replaces } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
  };
}

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

type EditRow = {
  id?: number;
  interrupt_id: string;
  team: string;
  action: 'update' | 'delete';
  changes: string;
  changed_by: string;
  changed_at: Timestamp;
};

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

function noteFromRow(row: NoteRow): HandoffNote {
  return {
    id: row.id,
    rotationId: row.rotation_id,
    at: iso(row.handoff_at),
    text: row.text,
    author: row.author,
    createdAt: iso(row.created_at),
  };
}

function overrideRow(override: NewOverride) {
  return {
    id: override.id,
    rotation_id: override.rotationId,
    user_ref: override.user,
    start_at: new Date(override.start),
    end_at: new Date(override.end),
    replaces: override.replaces ?? null,
    reason: override.reason ?? null,
    source: override.source,
    created_by: override.createdBy,
    created_at: new Date(override.createdAt),
  };
}

function versionRow(
  rotationId: string,
  version: RotationVersion,
  createdBy: string,
  createdAt: Date,
) {
  return {
    rotation_id: rotationId,
    effective_from: new Date(version.effectiveFrom),
    timezone: version.timezone,
    role: version.role,
    participants: JSON.stringify(version.participants),
    handoff_weekday: version.handoff.weekday,
    handoff_time: version.handoff.time,
    shift_length: version.shiftLength,
    start_date: version.startDate,
    created_by: createdBy,
    created_at: createdAt,
  };
}

// SQLite and PostgreSQL both limit bound parameters per statement; bulk inserts are split.
const INSERT_CHUNK = 200;

/** The knex implementation of {@link OncallStore}, for SQLite and PostgreSQL. */
export class DatabaseOncallStore implements OncallStore {
  /** Connects to the plugin's database and runs the migrations unless config skips them. */
  static async create(database: DatabaseService): Promise<DatabaseOncallStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseOncallStore(knex);
  }

  constructor(private readonly db: Knex) {}

  async createRotation(rotation: NewRotation): Promise<RotationResponse> {
    await this.db.transaction(async tx => {
      await tx('oncall_rotations').insert({
        id: rotation.id,
        owner: rotation.owner,
        name: rotation.name,
        source: rotation.source,
        role: rotation.source === 'ical' ? rotation.role : null,
        timezone: rotation.source === 'ical' ? rotation.timezone : null,
        import_summary:
          rotation.source === 'ical'
            ? JSON.stringify({
                ...rotation.imported,
                entries: rotation.entries.length,
              })
            : null,
        created_by: rotation.createdBy,
        created_at: rotation.createdAt,
      });
      if (rotation.source === 'rules') {
        await tx('oncall_rotation_versions').insert(
          versionRow(
            rotation.id,
            rotation.version,
            rotation.createdBy,
            rotation.createdAt,
          ),
        );
      } else {
        const rows = rotation.entries.map(entry =>
          overrideRow({ ...entry, source: 'import' }),
        );
        for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
          await tx('oncall_overrides').insert(rows.slice(i, i + INSERT_CHUNK));
        }
      }
    });
    return (await this.getRotation(rotation.id))!;
  }

  async getRotation(id: string): Promise<RotationResponse | undefined> {
    const [rotation] = await this.withVersions(
      this.db('oncall_rotations').where({ id }),
    );
    return rotation;
  }

  async listRotations(owner: string): Promise<RotationResponse[]> {
    return this.withVersions(this.db('oncall_rotations').where({ owner }));
  }

  async listAllRotations(): Promise<RotationResponse[]> {
    return this.withVersions(this.db('oncall_rotations'));
  }

  private async withVersions(
    query: Knex.QueryBuilder,
  ): Promise<RotationResponse[]> {
    const rows: RotationRow[] = await query.orderBy([
      { column: 'name', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    if (rows.length === 0) return [];
    const versions: VersionRow[] = await this.db('oncall_rotation_versions')
      .whereIn(
        'rotation_id',
        rows.map(row => row.id),
      )
      .orderBy('effective_from', 'asc');
    const byRotation = new Map<string, RotationVersionResponse[]>();
    for (const row of versions) {
      const list = byRotation.get(row.rotation_id) ?? [];
      list.push(versionFromRow(row));
      byRotation.set(row.rotation_id, list);
    }
    const now = Date.now();
    return rows.map(row => {
      const own = byRotation.get(row.id) ?? [];
      // Lists show the rules in force now, or the first ones if none has started yet.
      const current =
        [...own].reverse().find(v => Date.parse(v.effectiveFrom) <= now) ??
        own[0];
      const imported = row.import_summary
        ? JSON.parse(row.import_summary)
        : undefined;
      return {
        id: row.id,
        owner: row.owner,
        name: row.name,
        role: current?.role ?? row.role ?? 'custom',
        timezone: current?.timezone ?? row.timezone ?? 'UTC',
        source: row.source,
        versions: own,
        ...(imported ? { imported } : {}),
        createdBy: row.created_by,
        createdAt: iso(row.created_at),
      };
    });
  }

  async addVersion(
    rotationId: string,
    version: RotationVersion,
    createdBy: string,
    createdAt: Date,
  ): Promise<RotationResponse> {
    await this.db.transaction(async tx => {
      const existing = await tx('oncall_rotation_versions')
        .where({
          rotation_id: rotationId,
          effective_from: new Date(version.effectiveFrom),
        })
        .first();
      if (existing) {
        throw new ConflictError(
          `effectiveFrom ${version.effectiveFrom}: the rotation already has a version starting then`,
        );
      }
      await tx('oncall_rotation_versions').insert(
        versionRow(rotationId, version, createdBy, createdAt),
      );
    });
    return (await this.getRotation(rotationId))!;
  }

  async deleteRotation(id: string): Promise<boolean> {
    // Children are removed explicitly: SQLite only cascades with foreign keys switched on.
    return this.db.transaction(async tx => {
      for (const table of [
        'oncall_rotation_versions',
        'oncall_overrides',
        'oncall_handoff_notes',
        'oncall_reminders_sent',
      ]) {
        await tx(table).where({ rotation_id: id }).delete();
      }
      return (await tx('oncall_rotations').where({ id }).delete()) > 0;
    });
  }

  async listOverrides(
    rotationId: string,
    from: Date,
    to: Date,
    source?: 'manual' | 'import',
  ): Promise<Override[]> {
    const query = this.db('oncall_overrides')
      .where({ rotation_id: rotationId })
      .where('end_at', '>', from)
      .where('start_at', '<', to)
      .orderBy([
        { column: 'start_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    if (source) query.where({ source });
    return ((await query) as OverrideRow[]).map(overrideFromRow);
  }

  async createOverride(override: NewOverride): Promise<Override> {
    await this.db('oncall_overrides').insert(overrideRow(override));
    const { source: _source, ...stored } = override;
    return stored;
  }

  async getOverride(
    rotationId: string,
    overrideId: string,
  ): Promise<Override | undefined> {
    const row: OverrideRow | undefined = await this.db('oncall_overrides')
      .where({ rotation_id: rotationId, id: overrideId, source: 'manual' })
      .first();
    return row ? overrideFromRow(row) : undefined;
  }

  async endOverride(
    rotationId: string,
    overrideId: string,
    end: Date,
  ): Promise<void> {
    await this.db('oncall_overrides')
      .where({ rotation_id: rotationId, id: overrideId, source: 'manual' })
      .update({ end_at: end });
  }

  async deleteOverride(
    rotationId: string,
    overrideId: string,
  ): Promise<boolean> {
    const deleted = await this.db('oncall_overrides')
      .where({ rotation_id: rotationId, id: overrideId, source: 'manual' })
      .delete();
    return deleted > 0;
  }

  async listHandoffNotes(
    rotationId: string,
    from: Date,
    to: Date,
  ): Promise<HandoffNote[]> {
    const rows: NoteRow[] = await this.db('oncall_handoff_notes')
      .where({ rotation_id: rotationId })
      .where('handoff_at', '>=', from)
      .where('handoff_at', '<', to)
      .orderBy([
        { column: 'handoff_at', order: 'asc' },
        { column: 'created_at', order: 'asc' },
      ]);
    return rows.map(noteFromRow);
  }

  async createHandoffNote(note: HandoffNote): Promise<HandoffNote> {
    await this.db('oncall_handoff_notes').insert({
      id: note.id,
      rotation_id: note.rotationId,
      handoff_at: new Date(note.at),
      text: note.text,
      author: note.author,
      created_at: new Date(note.createdAt),
    });
    return note;
  }

  async createInterrupt(interrupt: NewInterrupt): Promise<Interrupt> {
    await this.db('oncall_interrupts').insert({
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
    });
    return (await this.getInterrupt(interrupt.id))!;
  }

  async getInterrupt(id: string): Promise<Interrupt | undefined> {
    const row: InterruptRow | undefined = await this.db('oncall_interrupts')
      .where({ id })
      .first();
    return row ? interruptFromRow(row) : undefined;
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
      const update: Record<string, unknown> = {};
      const recorded: InterruptEdit['changes'] = {};
      const change = (field: keyof Interrupt, column: string, to: unknown) => {
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
      return interruptFromRow(
        await tx('oncall_interrupts').where({ id }).first(),
      );
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

  async claimReminder(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
    sentAt: Date,
  ): Promise<boolean> {
    const inserted = await this.db('oncall_reminders_sent')
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

  async releaseReminder(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
  ): Promise<void> {
    await this.db('oncall_reminders_sent')
      .where({ rotation_id: rotationId, handoff_at: handoffAt, recipient })
      .delete();
  }
}
