import { EvidenceProvider } from '@agile-ops/plugin-maturity-node';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { DatabaseHierarchyStore } from '../hierarchy/DatabaseHierarchyStore';
import { LIMITS } from '../service/limits';
import { checkEvidence, CollectedProposal } from './checkEvidence';
import { DatabaseEvidenceStore } from './DatabaseEvidenceStore';

/** The id of the scheduled evidence collection. */
export const EVIDENCE_TASK = 'maturity-evidence';

/** What one collection did, as its `/status` summary. */
export type CollectionSummary = {
  /** Entities it set out to collect, and how many of them it has done. */
  entities: number;
  done: number;
  /** Proposals stored, and how many of them are new, changed or withdrawn. */
  proposals: number;
  changed: number;
  /** Pages a provider failed or ran out of time on (its earlier proposals stay). */
  failures: number;
};

/**
 * Collects evidence: hands pages of entities, as the catalog has them, to every registered
 * provider one after another (so a collection holds at most one page of one provider in
 * flight), checks what each returns and stores it. A provider that throws, returns something
 * malformed or runs past its time limit loses only that page, logged, and keeps its earlier
 * proposals; the others go on.
 */
export class EvidenceCollection {
  constructor(
    private readonly deps: {
      providers: readonly EvidenceProvider[];
      store: DatabaseEvidenceStore;
      tasks: DatabaseHierarchyStore;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      settings: { maxEntitiesPerRun: number; providerTimeoutMs: number };
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /**
   * The scheduled run: the entities never or longest ago collected, up to
   * `maturity.evidence.maxEntitiesPerRun`, with its progress in `/status`.
   */
  async run(): Promise<CollectionSummary> {
    const { store, tasks } = this.deps;
    return tasks.tracked(
      EVIDENCE_TASK,
      async () => {
        const refs =
          this.deps.providers.length === 0
            ? []
            : await store.nextEntities(this.deps.settings.maxEntitiesPerRun);
        return this.collect(refs, progress =>
          tasks.taskProgress(EVIDENCE_TASK, progress),
        );
      },
      () => this.now(),
    );
  }

  /** Collects the given entities now, page by page; e.g. one entity after a self-service run. */
  async collect(
    entityRefs: string[],
    onProgress?: (summary: CollectionSummary) => Promise<void>,
  ): Promise<CollectionSummary> {
    const summary: CollectionSummary = {
      entities: entityRefs.length,
      done: 0,
      proposals: 0,
      changed: 0,
      failures: 0,
    };
    for (let i = 0; i < entityRefs.length; i += LIMITS.evidencePage) {
      const page = entityRefs.slice(i, i + LIMITS.evidencePage);
      const { proposals, providers, failures } = await this.collectPage(page);
      const { changed } = await this.deps.store.saveCollection({
        entityRefs: page,
        providers,
        proposals,
        at: this.now(),
      });
      summary.done += page.length;
      summary.proposals += proposals.length;
      summary.changed += changed;
      summary.failures += failures;
      await onProgress?.({ ...summary });
      // Providers' answers are checked on the event loop; let requests in between pages.
      await yieldToOthers();
    }
    return summary;
  }

  private async collectPage(refs: string[]) {
    const { catalog, auth, providers, logger } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials },
    );
    // Entities that left the catalog since the sync are the next sync's to mark.
    const entities = items.filter((e): e is Entity => Boolean(e));
    const given = new Set(
      entities.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US')),
    );
    const proposals: CollectedProposal[] = [];
    const answered: string[] = [];
    let failures = 0;
    for (const provider of providers) {
      const signal = AbortSignal.timeout(this.deps.settings.providerTimeoutMs);
      try {
        const evidence = await Promise.race([
          provider.collect(entities, {
            now: this.now(),
            credentials,
            signal,
            logger,
          }),
          new Promise<never>((_, reject) =>
            signal.addEventListener('abort', () =>
              reject(new Error('ran past its time limit')),
            ),
          ),
        ]);
        proposals.push(...checkEvidence(provider, given, evidence));
        answered.push(provider.id);
      } catch (error) {
        failures += 1;
        logger.warn(
          `evidence provider ${provider.id} failed for ${entities.length} entities, its earlier proposals stay: ${error}`,
        );
      }
    }
    return { proposals, providers: answered, failures };
  }
}
