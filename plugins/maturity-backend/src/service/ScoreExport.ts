import { VectorId } from '@agile-ops/plugin-maturity-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CurrentScore, MaturityStore } from '../database/MaturityStore';
import { EntityLookup } from './EntityLookup';
import { parseEntityRefField } from './entityRefs';
import { LIMITS } from './limits';
import { ReadDecision } from './Visibility';
import { isStale } from './scorecard';
import { MaturitySettings } from './settings';

/** One row of the export: the current score of one vector of one entity. */
export interface ExportRow {
  entityRef: string;
  vector: VectorId;
  score: number;
  stale: boolean;
  recordedAt: string;
  recordedBy: string;
  source: string;
  rubricVersion: string;
  rationale?: string;
}

const EXPORT_PAGE = LIMITS.exportPage;

/** Streams current scores page by page, so an export never holds them all in memory. */
export class ScoreExport {
  constructor(
    private readonly deps: {
      store: MaturityStore;
      catalog: CatalogService;
      entities: EntityLookup;
      settings: Pick<MaturitySettings, 'staleAfterMs'>;
      now: () => Date;
    },
  ) {}

  /**
   * The current scores the caller may see, optionally only those of the entities in a scope
   * (an entity; a system with its parts; a domain with its systems and their parts; a group
   * with what it owns).
   */
  async *rows(
    scope: string | undefined,
    credentials: BackstageCredentials,
  ): AsyncGenerator<ExportRow> {
    const scopeRefs = scope
      ? await this.resolveScope(
          parseEntityRefField(scope, 'scope'),
          credentials,
        )
      : undefined;
    const now = this.deps.now();
    // Asked once per export; each page then costs at most one catalog call.
    const decision = await this.deps.entities.visibility.decision(credentials);
    let after: { entityRef: string; vector: string } | undefined;
    for (;;) {
      const page = await this.deps.store.listCurrentScores({
        entityRefs: scopeRefs,
        after,
        limit: EXPORT_PAGE,
      });
      if (page.length === 0) return;
      // Without a scope the rows are not yet filtered by catalog visibility: check this page.
      const visible = scopeRefs
        ? undefined
        : await this.visibleRefs(
            [...new Set(page.map(s => s.entityRef))],
            credentials,
            decision,
          );
      for (const score of page) {
        if (visible && !visible.has(score.entityRef)) continue;
        yield toExportRow(
          score,
          isStale(score.recordedAt, this.deps.settings, now),
        );
      }
      const last = page[page.length - 1];
      after = { entityRef: last.entityRef, vector: last.vector };
      if (page.length < EXPORT_PAGE) return;
    }
  }

  private async resolveScope(
    scopeRef: string,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const [root] = await this.deps.entities.getVisible([scopeRef], credentials);
    if (!root) {
      throw new NotFoundError(`No entity ${scopeRef} in the catalog`);
    }
    const refs = new Set([scopeRef]);
    const kind = root.kind.toLocaleLowerCase('en-US');
    const collect = async (filter: Record<string, string | string[]>) => {
      const found: string[] = [];
      for await (const page of this.deps.catalog.streamEntities(
        { filter, fields: ['kind', 'metadata.namespace', 'metadata.name'] },
        { credentials },
      )) {
        for (const entity of page) {
          const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
          refs.add(ref);
          found.push(ref);
        }
        // Checked per page: a huge scope is refused before it is all read.
        if (refs.size > LIMITS.exportScopeEntities) {
          throw new InputError(
            `scope ${scopeRef} covers more than ${LIMITS.exportScopeEntities} entities; export without scope to stream everything`,
          );
        }
      }
      return found;
    };
    if (kind === 'group') {
      await collect({ 'relations.ownedBy': scopeRef });
    } else if (kind === 'system') {
      await collect({ 'relations.partOf': scopeRef });
    } else if (kind === 'domain') {
      const systems = await collect({ 'relations.partOf': scopeRef });
      if (systems.length > 0) await collect({ 'relations.partOf': systems });
    }
    return [...refs];
  }

  private async visibleRefs(
    refs: string[],
    credentials: BackstageCredentials,
    decision: ReadDecision,
  ): Promise<Set<string>> {
    const entities = await this.deps.entities.getVisible(
      refs,
      credentials,
      decision,
    );
    return new Set(refs.filter((_, i) => entities[i]));
  }
}

function toExportRow(score: CurrentScore, stale: boolean): ExportRow {
  return {
    entityRef: score.entityRef,
    vector: score.vector,
    score: score.score,
    stale,
    recordedAt: score.recordedAt.toISOString(),
    recordedBy: score.recordedBy,
    source: score.source,
    rubricVersion: score.rubricVersion,
    ...(score.rationale ? { rationale: score.rationale } : {}),
  };
}
