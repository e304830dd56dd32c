import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CallerCache, CallerCacheOptions } from '@agile-ops/backend-common';

/** What the catalog read policy says of a caller before any entity is named. */
export type ReadDecision = 'all' | 'none' | 'some';

/** The refs of one answer that the caller may read. */
export interface ReadableRefs {
  /** True when the policy lets the caller read every entity (architects, services). */
  readonly all: boolean;
  has(ref: string): boolean;
}

const EVERYTHING: ReadableRefs = { all: true, has: () => true };
const NOTHING: ReadableRefs = { all: false, has: () => false };

// Only what identifies an entity: the answer is used for yes/no, not for its content.
const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * The one place where the maturity plugin asks whether a caller may read catalog entities
 * (`catalog.entity.read`, conditional decisions included). Each answer asks once: a blanket
 * ALLOW or DENY settles it without naming entities, otherwise one batched catalog call with
 * the caller's credentials tells which of the answer's refs are readable (hidden ones come
 * back as null). Both answers are kept per caller for a few seconds (`cache`), so the requests
 * of one page ask once.
 */
export class Visibility {
  private readonly decisions: CallerCache<ReadDecision>;
  private readonly refs: CallerCache<boolean>;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      /** How long answers are kept per caller; nothing is kept without it. */
      cache?: CallerCacheOptions;
    },
  ) {
    const cache = deps.cache ?? { ttlMs: 0, maxEntries: 0 };
    this.decisions = new CallerCache(cache);
    this.refs = new CallerCache(cache);
  }

  /** The caller's read decision without resource: all, none, or depends on the entity. */
  async decision(credentials: BackstageCredentials): Promise<ReadDecision> {
    const kept = this.decisions.get(credentials, '');
    if (kept) return kept;
    const [answer] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    let decision: ReadDecision = 'some';
    if (answer.result === AuthorizeResult.ALLOW) decision = 'all';
    if (answer.result === AuthorizeResult.DENY) decision = 'none';
    this.decisions.set(credentials, '', decision);
    return decision;
  }

  /**
   * Which of `refs` (lower-case refs of entities the synced hierarchy knows) the caller may
   * read. Pass a decision already taken for this answer to save asking again.
   */
  async readable(
    refs: Iterable<string>,
    credentials: BackstageCredentials,
    decided?: ReadDecision,
  ): Promise<ReadableRefs> {
    const decision = decided ?? (await this.decision(credentials));
    if (decision === 'all') return EVERYTHING;
    if (decision === 'none') return NOTHING;
    const readable = new Map<string, boolean>();
    const unknown: string[] = [];
    for (const ref of new Set(refs)) {
      const kept = this.refs.get(credentials, ref);
      if (kept === undefined) unknown.push(ref);
      else readable.set(ref, kept);
    }
    if (unknown.length > 0) {
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        { entityRefs: unknown, fields: REF_FIELDS },
        { credentials },
      );
      unknown.forEach((ref, i) => {
        readable.set(ref, Boolean(items[i]));
        this.refs.set(credentials, ref, Boolean(items[i]));
      });
    }
    return { all: false, has: ref => readable.get(ref) === true };
  }
}
