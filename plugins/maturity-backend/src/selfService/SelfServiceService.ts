import {
  RecordRunRequest,
  SelfServiceRun,
  SelfServiceUsage,
  TeamSelfServiceUsage,
} from '@agile-ops/plugin-maturity-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import type { Request } from 'express';
import { Access, UserCredentials } from '@agile-ops/backend-common';
import { EntityLookup } from '../service/EntityLookup';
import { LIMITS } from '../service/limits';
import { isScaffolderForUser } from '../service/principals';
import { canonicalRunRequest } from './runInput';
import { TaskVerifier } from './ScaffolderTasks';
import { SelfServiceStore, StoredSelfServiceRun } from './SelfServiceStore';

/**
 * Self-service runs: recorded by scaffolder tasks on behalf of the user who started them, read
 * by the entity card and the team tab, and counted as automation evidence (the provider in
 * `selfServiceEvidence.ts`).
 */
export class SelfServiceService {
  constructor(
    private readonly deps: {
      store: SelfServiceStore;
      entities: EntityLookup;
      /** Audit of the recordings. */
      access: Access;
      /** Checks the claimed task with the scaffolder; runs are taken on the principal alone without it. */
      tasks?: TaskVerifier;
      /** Told of each new run, to collect the entity's evidence again; must not throw. */
      onRecorded?: (entityRef: string) => Promise<void>;
      now?: () => Date;
    },
  ) {}

  /**
   * Records that a template ran against an entity the user can see; only a scaffolder task
   * acting for the user may (a run raises the automation evidence, so a user must not be able
   * to post one). A repeat of the same task, template and entity returns the first run with
   * `replayed: true`. Audited either way, with the body as given.
   */
  async record(
    body: RecordRunRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<{ run: SelfServiceRun; replayed: boolean }> {
    return this.deps.access.audited(
      {
        eventId: 'self-service-run-record',
        severityLevel: 'low',
        request,
        credentials,
        // As given: a body the checks below refuse is audited too.
        meta: {
          entityRef: body.entityRef,
          templateRef: body.templateRef,
          taskId: body.taskId,
        },
      },
      async () => {
        if (!isScaffolderForUser(credentials)) {
          throw new NotAllowedError(
            'Self-service runs are recorded by the scaffolder, by the task that ran the template; they cannot be posted directly',
          );
        }
        const input = canonicalRunRequest(body);
        await this.visibleEntity(input.entityRef, credentials);
        await this.deps.tasks?.verify({
          taskId: input.taskId,
          templateRef: input.templateRef,
          userEntityRef: credentials.principal.userEntityRef,
        });
        const { run, replayed } = await this.deps.store.recordRun({
          ...input,
          runBy: credentials.principal.userEntityRef,
          ranAt: this.now(),
        });
        // The card shows the new count at once rather than after the next collection.
        if (!replayed) await this.deps.onRecorded?.(run.entityRef);
        return { run: toRun(run), replayed };
      },
      ({ run, replayed }) => ({ runId: run.id, replayed }),
    );
  }

  /**
   * Run counts and latest runs of an entity the caller can see. The counts include runs of
   * templates the caller may not read; the listed runs do not.
   */
  async usage(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<SelfServiceUsage> {
    const now = this.now();
    const [runs, recent] = await Promise.all([
      this.deps.store.countRuns(entityRef, now),
      this.deps.store.recentRuns(entityRef, LIMITS.recentRuns),
    ]);
    const shown = await this.readable(
      entityRef,
      recent.map(run => run.templateRef),
      credentials,
    );
    return {
      entityRef,
      runs,
      recent: recent.filter(run => shown(run.templateRef)).map(toRun),
    };
  }

  /**
   * Run counts of the entities a group owns (per the synced hierarchy), leaving out entities
   * the caller cannot see; the totals add up the entities listed.
   */
  async teamUsage(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamSelfServiceUsage> {
    const rows = await this.deps.store.teamRunCounts(groupRef, this.now());
    const shown = await this.readable(
      groupRef,
      rows.map(row => row.entityRef),
      credentials,
    );
    const entities = rows.filter(row => shown(row.entityRef));
    return {
      team: groupRef,
      runs: {
        last30Days: entities.reduce((sum, e) => sum + e.last30Days, 0),
        last90Days: entities.reduce((sum, e) => sum + e.last90Days, 0),
      },
      entities,
    };
  }

  private async visibleEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ) {
    const [entity] = await this.deps.entities.getVisible(
      [entityRef],
      credentials,
    );
    if (!entity) throw notFound(entityRef);
    return entity;
  }

  /**
   * Checks that `subject` exists and is readable (else "not found") and tells which of `refs`
   * the answer may name, asking the catalog at most once.
   */
  private async readable(
    subject: string,
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<(ref: string) => boolean> {
    const { entities } = this.deps;
    const decision = await entities.visibility.decision(credentials);
    // Whoever may read everything needs only the subject looked up.
    const asked = decision === 'all' ? [subject] : [subject, ...refs];
    const found = await entities.getVisible(asked, credentials, decision);
    if (!found[0]) throw notFound(subject);
    if (decision === 'all') return () => true;
    const readable = new Set(asked.filter((_, i) => found[i]));
    return ref => readable.has(ref);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

function notFound(entityRef: string) {
  return new NotFoundError(`No entity ${entityRef} in the catalog`);
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
