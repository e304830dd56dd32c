import {
  Override,
  RotationResponse,
  RotationVersion,
} from '@agile-ops/plugin-oncall-common';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { iso, Timestamp } from '@agile-ops/common';
import { MAX_OPEN_OVERRIDES } from '../service/limits';
import { NewOverride, NewRotation, RotationStore } from './RotationStore';

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

function versionFromRow(row: VersionRow): RotationVersion {
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

// SQLite and PostgreSQL both limit bound parameters per statement; bulk inserts and id lists
// are split.
const INSERT_CHUNK = 200;

/** Tables whose rows belong to one rotation and go when it is deleted. */
const ROTATION_CHILDREN = [
  'oncall_rotation_versions',
  'oncall_overrides',
  'oncall_handoff_notes',
  'oncall_reminders_sent',
];

/** The knex implementation of {@link RotationStore}, for SQLite and PostgreSQL. */
export class DatabaseRotationStore implements RotationStore {
  private readonly clock: () => Date;

  /**
   * `clock` is the plugin's: a rotation read reports the role and time zone of the version
   * in force at its "now".
   */
  constructor(private readonly db: Knex, options: { clock?: () => Date } = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  async createRotation(rotation: NewRotation): Promise<RotationResponse> {
    const row: RotationRow = {
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
    };
    const versions =
      rotation.source === 'rules'
        ? [
            versionRow(
              rotation.id,
              rotation.version,
              rotation.createdBy,
              rotation.createdAt,
            ),
          ]
        : [];
    await this.db.transaction(async tx => {
      await tx('oncall_rotations').insert(row);
      if (versions.length > 0) {
        await tx('oncall_rotation_versions').insert(versions);
      }
      if (rotation.source === 'ical') {
        const rows = rotation.entries.map(entry =>
          overrideRow({ ...entry, source: 'import' }),
        );
        for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
          await tx('oncall_overrides').insert(rows.slice(i, i + INSERT_CHUNK));
        }
      }
    });
    // The answer is what was just written, read the way a later read would read it.
    return this.present(row, versions.map(versionFromRow));
  }

  async getRotation(id: string): Promise<RotationResponse | undefined> {
    const [rotation] = await this.withVersions(
      this.db('oncall_rotations').where({ id }),
    );
    return rotation;
  }

  async storedRotationIds(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      const rows: Array<{ id: string }> = await this.db('oncall_rotations')
        .whereIn('id', ids.slice(i, i + INSERT_CHUNK))
        .select('id');
      for (const row of rows) found.add(row.id);
    }
    return found;
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
    const byRotation = new Map<string, RotationVersion[]>();
    for (const row of versions) {
      const list = byRotation.get(row.rotation_id) ?? [];
      list.push(versionFromRow(row));
      byRotation.set(row.rotation_id, list);
    }
    return rows.map(row => this.present(row, byRotation.get(row.id) ?? []));
  }

  /** A rotation as the API answers it, from its row and its versions (oldest first). */
  private present(
    row: RotationRow,
    versions: RotationVersion[],
  ): RotationResponse {
    const now = this.clock().getTime();
    // Lists show the rules in force now, or the first ones if none has started yet.
    const current =
      [...versions].reverse().find(v => Date.parse(v.effectiveFrom) <= now) ??
      versions[0];
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
      versions,
      ...(imported ? { imported } : {}),
      createdBy: row.created_by,
      createdAt: iso(row.created_at),
    };
  }

  async addVersion(
    rotationId: string,
    version: RotationVersion,
    createdBy: string,
    createdAt: Date,
  ): Promise<RotationResponse> {
    return this.db.transaction(async tx => {
      const row: RotationRow | undefined = await tx('oncall_rotations')
        .where({ id: rotationId })
        .first();
      if (!row) throw new NotFoundError(`no rotation ${rotationId}`);
      const rows: VersionRow[] = await tx('oncall_rotation_versions')
        .where({ rotation_id: rotationId })
        .orderBy('effective_from', 'asc');
      const added = versionRow(rotationId, version, createdBy, createdAt);
      const versions = rows.map(versionFromRow);
      const stored = versionFromRow(added);
      if (versions.some(v => v.effectiveFrom === stored.effectiveFrom)) {
        throw new ConflictError(
          `effectiveFrom ${version.effectiveFrom}: the rotation already has a version starting then`,
        );
      }
      await tx('oncall_rotation_versions').insert(added);
      // The answer is the rotation as read in this transaction, with the version written.
      return this.present(
        row,
        [...versions, stored].sort(
          (a, b) => Date.parse(a.effectiveFrom) - Date.parse(b.effectiveFrom),
        ),
      );
    });
  }

  async deleteRotation(id: string): Promise<boolean> {
    // Children are removed explicitly: SQLite only cascades with foreign keys switched on.
    return this.db.transaction(async tx => {
      for (const table of ROTATION_CHILDREN) {
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

  async createOverride(
    override: NewOverride,
    maxOpen: number = MAX_OPEN_OVERRIDES,
  ): Promise<Override> {
    await this.db.transaction(async tx => {
      // Locking the rotation's row makes writers of one rotation count and insert one at a
      // time on PostgreSQL, so parallel requests cannot each see room under the cap (SQLite
      // runs one write transaction at a time anyway).
      const rotation = await tx('oncall_rotations')
        .where({ id: override.rotationId })
        .forUpdate()
        .first('id');
      if (!rotation)
        throw new NotFoundError(`no rotation ${override.rotationId}`);
      const [{ open }] = await tx('oncall_overrides')
        .where({ rotation_id: override.rotationId, source: override.source })
        .where('end_at', '>', new Date(override.createdAt))
        .count({ open: '*' });
      if (Number(open) >= maxOpen) {
        throw new InputError(
          `rotation ${override.rotationId} already has ${open} overrides that have not ended, the most it may have; remove some first`,
        );
      }
      await tx('oncall_overrides').insert(overrideRow(override));
    });
    const { source: _source, ...stored } = override;
    return stored;
  }

  async getOverride(
    rotationId: string,
    overrideId: string,
  ): Promise<Override | undefined> {
    const row: OverrideRow | undefined = await this.manualOverride(
      rotationId,
      overrideId,
    ).first();
    return row ? overrideFromRow(row) : undefined;
  }

  async endOverride(
    rotationId: string,
    overrideId: string,
    end: Date,
  ): Promise<void> {
    await this.manualOverride(rotationId, overrideId).update({ end_at: end });
  }

  async deleteOverride(
    rotationId: string,
    overrideId: string,
  ): Promise<boolean> {
    return (await this.manualOverride(rotationId, overrideId).delete()) > 0;
  }

  /** The row of an override made by a person; imported entries are changed only by importing. */
  private manualOverride(rotationId: string, overrideId: string) {
    return this.db('oncall_overrides').where({
      rotation_id: rotationId,
      id: overrideId,
      source: 'manual',
    });
  }
}
