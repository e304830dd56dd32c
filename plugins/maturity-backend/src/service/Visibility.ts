import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

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
 * back as null).
 */
export class Visibility {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
    },
  ) {}

  /** The caller's read decision without resource: all, none, or depends on the entity. */
  async decision(credentials: BackstageCredentials): Promise<ReadDecision> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return 'all';
    if (decision.result === AuthorizeResult.DENY) return 'none';
    return 'some';
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
    const unique = [...new Set(refs)];
    if (unique.length === 0) return NOTHING;
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: unique, fields: REF_FIELDS },
      { credentials },
    );
    const readable = new Set(unique.filter((_, i) => items[i]));
    return { all: false, has: ref => readable.has(ref) };
  }
}
