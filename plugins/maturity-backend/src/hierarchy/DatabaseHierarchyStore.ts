import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { toDate } from '@agile-ops/common';
import { HierarchyRow } from './hierarchyRows';
import { ScopeCounts } from '../rollups/ScopeCounts';

const BATCH = 500;

/** The `maturity_entities` row of an entity in the catalog, as a sync writes it. */
export function entityColumns(row: HierarchyRow, at: Date) {
  return {
    entity_ref: row.entityRef,
    kind: row.kind,
    type: row.type,
    title: row.title,
    owner_ref: row.ownerRef,
    system_ref: row.systemRef,
    domain_ref: row.domainRef,
    tier: row.tier,
    lifecycle: row.lifecycle,
    in_catalog: true,
    fingerprint: row.fingerprint,
    synced_at: at,
  };
}

const MEMBERSHIP = [
  ['system', 'system_ref', 'systemRef'],
  ['domain', 'domain_ref', 'domainRef'],
  ['owner', 'owner_ref', 'ownerRef'],
] as const;

/**
 * Appends a row for each entity a sync moves to another system, domain or owner, takes out of
 * the catalog or brings back, compared with the rows stored before it. Entities seen for the
 * first time are not changes: a first sync of a large catalog would otherwise write one row
 * per entity.
 */
async function recordMembershipChanges(
  tx: Knex.Transaction,
  options: { changed: HierarchyRow[]; removed: string[]; at: Date },
) {
  const refs = [...options.changed.map(r => r.entityRef), ...options.removed];
  const before = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < refs.length; i += BATCH) {
    const rows = await tx('maturity_entities')
      .whereIn('entity_ref', refs.slice(i, i + BATCH))
      .select(
        'entity_ref',
        'system_ref',
        'domain_ref',
        'owner_ref',
        'in_catalog',
      );
    for (const row of rows) before.set(row.entity_ref, row);
  }
  const changes: object[] = [];
  const change = (
    entityRef: string,
    field: string,
    from: unknown,
    to: unknown,
  ) =>
    changes.push({
      id: randomUUID(),
      entity_ref: entityRef,
      field,
      before_ref: from ?? null,
      after_ref: to ?? null,
      changed_at: options.at,
    });
  for (const row of options.changed) {
    const previous = before.get(row.entityRef);
    if (!previous) continue;
    if (!previous.in_catalog) change(row.entityRef, 'catalog', 'out', 'in');
    for (const [field, column, key] of MEMBERSHIP) {
      if ((previous[column] ?? null) !== (row[key] ?? null)) {
        change(row.entityRef, field, previous[column], row[key]);
      }
    }
  }
  for (const ref of options.removed) {
    if (before.get(ref)?.in_catalog) change(ref, 'catalog', 'in', 'out');
  }
  for (let i = 0; i < changes.length; i += BATCH) {
    await tx('maturity_membership_changes').insert(changes.slice(i, i + BATCH));
  }
}

/** The status of one scheduled task's latest run. */
export interface TaskRun {
  task: string;
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  status: 'running' | 'succeeded' | 'failed';
  summary?: Record<string, number>;
  error?: string;
}

/** Persistence of the synced entity hierarchy and of task runs. */
export class DatabaseHierarchyStore {
  constructor(private readonly db: Knex) {}

  /** Fingerprints of the entities stored, to write only what changed. */
  async fingerprints(): Promise<
    Map<string, { fingerprint: string; inCatalog: boolean }>
  > {
    const rows = await this.db('maturity_entities').select(
      'entity_ref',
      'fingerprint',
      'in_catalog',
    );
    return new Map(
      rows.map(r => [
        r.entity_ref,
        { fingerprint: r.fingerprint, inCatalog: Boolean(r.in_catalog) },
      ]),
    );
  }

  /**
   * Applies one sync in a single transaction: upserts changed rows, marks entities that left
   * the catalog, replaces the group ancestry, and counts the roll-ups again if anything moved.
   */
  async applySync(options: {
    changed: HierarchyRow[];
    removed: string[];
    ancestry: Array<{ groupRef: string; ancestorRef: string; depth: number }>;
    at: Date;
  }) {
    await this.db.transaction(async tx => {
      await recordMembershipChanges(tx, options);
      for (let i = 0; i < options.changed.length; i += BATCH) {
        await tx('maturity_entities')
          .insert(
            options.changed
              .slice(i, i + BATCH)
              .map(row => entityColumns(row, options.at)),
          )
          .onConflict('entity_ref')
          .merge();
      }
      for (let i = 0; i < options.removed.length; i += BATCH) {
        await tx('maturity_entities')
          .whereIn('entity_ref', options.removed.slice(i, i + BATCH))
          .update({ in_catalog: false, synced_at: options.at });
      }
      await tx('maturity_group_ancestry').delete();
      for (let i = 0; i < options.ancestry.length; i += BATCH) {
        await tx('maturity_group_ancestry').insert(
          options.ancestry.slice(i, i + BATCH).map(row => ({
            group_ref: row.groupRef,
            ancestor_ref: row.ancestorRef,
            depth: row.depth,
          })),
        );
      }
      // Entities moved between scopes: the stored roll-up counts are counted again.
      if (options.changed.length > 0 || options.removed.length > 0) {
        await ScopeCounts.rebuild(tx);
      }
    });
  }

  /** Records that a task started (status `running`). */
  async taskStarted(task: string, at: Date) {
    await this.db('maturity_task_runs')
      .insert({
        task,
        started_at: at,
        finished_at: null,
        status: 'running',
        summary: null,
        error: null,
      })
      .onConflict('task')
      .merge();
  }

  /** Stores how far a running task has got, shown as its summary until it ends. */
  async taskProgress(task: string, progress: Record<string, number>) {
    await this.db('maturity_task_runs')
      .where({ task, status: 'running' })
      .update({ summary: JSON.stringify(progress) });
  }

  /** Records how a task run ended. */
  async taskFinished(
    task: string,
    at: Date,
    outcome: { summary?: Record<string, number>; error?: Error },
  ) {
    await this.db('maturity_task_runs')
      .where({ task })
      .update({
        finished_at: at,
        status: outcome.error ? 'failed' : 'succeeded',
        summary: outcome.summary ? JSON.stringify(outcome.summary) : null,
        error: outcome.error
          ? String(outcome.error.message ?? outcome.error)
          : null,
      });
  }

  /**
   * Runs `work` as a run of `task`: recorded as started, then as succeeded with the summary it
   * returns or as failed with its error (which is thrown on).
   */
  async tracked<T extends Record<string, number>>(
    task: string,
    work: () => Promise<T>,
    now: () => Date = () => new Date(),
  ): Promise<T> {
    await this.taskStarted(task, now());
    try {
      const summary = await work();
      await this.taskFinished(task, now(), { summary });
      return summary;
    } catch (error) {
      await this.taskFinished(task, now(), { error: error as Error });
      throw error;
    }
  }

  /** The latest run of every task. */
  async taskRuns(): Promise<TaskRun[]> {
    const rows = await this.db('maturity_task_runs').select().orderBy('task');
    return rows.map(row => {
      const startedAt = toDate(row.started_at);
      const finishedAt = row.finished_at ? toDate(row.finished_at) : undefined;
      return {
        task: row.task,
        startedAt: startedAt.toISOString(),
        ...(finishedAt
          ? {
              finishedAt: finishedAt.toISOString(),
              durationMs: finishedAt.getTime() - startedAt.getTime(),
            }
          : {}),
        status: row.status,
        ...(row.summary ? { summary: JSON.parse(row.summary) } : {}),
        ...(row.error ? { error: row.error } : {}),
      };
    });
  }
}
