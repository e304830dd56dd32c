import {
  SelfServiceRun,
  SelfServiceUsage,
  TeamSelfServiceUsage,
  VectorEvidence,
} from '@agile-ops/plugin-maturity-common';
import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { Request } from 'express';
import { EntityLookup } from '../service/EntityLookup';
import { automationEvidence } from './evidence';
import { parseRecordRunRequest } from './runInput';
import { SelfServiceStore, StoredSelfServiceRun } from './SelfServiceStore';

/** How many of an entity's latest runs its usage lists. */
const RECENT_RUNS = 10;

/** A body field for the audit log: strings only, cut to the length of a ref. */
const given = (value: unknown) =>
  typeof value === 'string' ? value.slice(0, 255) : undefined;

/**
 * Self-service runs: recorded by scaffolder tasks on behalf of the user who started them, read
 * by the entity card and the team tab, and turned into automation evidence for the scorecard.
 */
export class SelfServiceService {
  constructor(
    private readonly deps: {
      store: SelfServiceStore;
      entities: EntityLookup;
      auditor: AuditorService;
      now?: () => Date;
    },
  ) {}

  /**
   * Records that a template ran against an entity the user can see; a repeat of the same task,
   * template and entity returns the first run with `replayed: true`. Audited either way.
   */
  async record(options: {
    body: unknown;
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    request?: Request;
  }): Promise<{ run: SelfServiceRun; replayed: boolean }> {
    const { credentials } = options;
    const raw = (options.body ?? {}) as Record<string, unknown>;
    const audit = await this.deps.auditor.createEvent({
      eventId: 'self-service-run-record',
      severityLevel: 'low',
      request: options.request,
      // As given: a refused body is audited too, before it is known to be valid.
      meta: {
        entityRef: given(raw.entityRef),
        templateRef: given(raw.templateRef),
        taskId: given(raw.taskId),
      },
    });
    try {
      const input = parseRecordRunRequest(options.body);
      await this.visibleEntity(input.entityRef, credentials);
      const { run, replayed } = await this.deps.store.recordRun({
        ...input,
        runBy: credentials.principal.userEntityRef,
        ranAt: this.now(),
      });
      await audit.success({ meta: { runId: run.id, replayed } });
      return { run: toRun(run), replayed };
    } catch (error) {
      await audit.fail({ error: error as Error });
      throw error;
    }
  }

  /** Run counts and latest runs of an entity the caller can see. */
  async usage(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<SelfServiceUsage> {
    await this.visibleEntity(entityRef, credentials);
    const now = this.now();
    const [runs, recent] = await Promise.all([
      this.deps.store.countRuns(entityRef, now),
      this.deps.store.recentRuns(entityRef, RECENT_RUNS),
    ]);
    return { entityRef, runs, recent: recent.map(toRun) };
  }

  /**
   * Run counts of the entities a group owns (per the synced hierarchy), leaving out entities
   * the caller cannot see; the totals add up the entities listed.
   */
  async teamUsage(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamSelfServiceUsage> {
    await this.visibleEntity(groupRef, credentials);
    const rows = await this.deps.store.teamRunCounts(groupRef, this.now());
    const visible = await this.deps.entities.getVisible(
      rows.map(row => row.entityRef),
      credentials,
    );
    const entities = rows.filter((_, i) => visible[i]);
    return {
      team: groupRef,
      runs: {
        last30Days: entities.reduce((sum, e) => sum + e.last30Days, 0),
        last90Days: entities.reduce((sum, e) => sum + e.last90Days, 0),
      },
      entities,
    };
  }

  /**
   * Automation evidence for the scorecard of an entity; the caller has already checked that the
   * entity is visible.
   */
  async evidenceFor(entityRef: string): Promise<VectorEvidence[]> {
    return automationEvidence(
      await this.deps.store.countRuns(entityRef, this.now()),
    );
  }

  private async visibleEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ) {
    const [entity] = await this.deps.entities.getVisible(
      [entityRef],
      credentials,
    );
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return entity;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

function toRun(stored: StoredSelfServiceRun): SelfServiceRun {
  return {
    id: stored.id,
    entityRef: stored.entityRef,
    templateRef: stored.templateRef,
    taskId: stored.taskId,
    runBy: stored.runBy,
    ranAt: stored.ranAt.toISOString(),
  };
}
