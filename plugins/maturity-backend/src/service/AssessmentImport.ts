import {
  ImportRequest,
  ImportResult,
  maturityAssessmentImportPermission,
  RUBRIC_VERSION,
} from '@agile-ops/plugin-maturity-common';
import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { Request } from 'express';
import { Access } from '@agile-ops/backend-common';
import { MaturityStore } from '../database/MaturityStore';
import { LEAF_KINDS } from '../rollups/membership';
import { assessmentRequestHash, prepareAssessment } from './assessmentInput';
import { parseEntityRefField } from './entityRefs';

/**
 * Past assessments brought in from elsewhere (another tool, a spreadsheet, a demo's history):
 * stored as given, who and when, with source `import`, behind their own permission. Every
 * item is checked before the first is stored, so a bad item stores nothing.
 */
export class AssessmentImport {
  constructor(
    private readonly deps: {
      store: MaturityStore;
      catalog: CatalogService;
      auth: AuthService;
      access: Access;
      /** Adds entities the synced hierarchy does not know yet (see `admitEntity`). */
      admitEntity?: (
        entityRef: string,
        credentials: BackstageCredentials,
      ) => Promise<unknown>;
      now?: () => Date;
    },
  ) {}

  /** Checks the permission and every item, then stores them in order; audited. */
  async run(
    body: ImportRequest,
    credentials: BackstageCredentials,
    request?: Request,
  ): Promise<ImportResult> {
    const { access } = this.deps;
    return access.audited(
      {
        eventId: 'assessment-import',
        severityLevel: 'medium',
        request,
        credentials,
        meta: { assessments: body.assessments.length },
      },
      async () => {
        await access.authorize(
          { permission: maturityAssessmentImportPermission },
          credentials,
          'You may not import assessments',
        );
        const items = await this.checked(body);
        let imported = 0;
        for (const item of items) {
          const { replayed } = await this.deps.store.recordAssessment(item);
          if (!replayed) imported += 1;
        }
        for (const entityRef of new Set(items.map(i => i.entityRef))) {
          await this.deps.admitEntity?.(
            entityRef,
            await this.deps.auth.getOwnServiceCredentials(),
          );
        }
        return { imported, skipped: items.length - imported };
      },
      result => ({ ...result }),
    );
  }

  // Every item as the store takes it, or an InputError naming the first field that is wrong.
  private async checked(body: ImportRequest) {
    const now = (this.deps.now ?? (() => new Date()))();
    const items = body.assessments.map((item, i) => {
      const field = (name: string) => `assessments[${i}].${name}`;
      const entityRef = parseEntityRefField(item.entityRef, field('entityRef'));
      if (!LEAF_KINDS.includes(entityRef.split(':')[0])) {
        throw new InputError(
          `${field('entityRef')} must be a component or a resource, got "${
            item.entityRef
          }"`,
        );
      }
      const assessedBy = parseEntityRefField(
        item.assessedBy,
        field('assessedBy'),
      );
      if (!assessedBy.startsWith('user:')) {
        throw new InputError(
          `${field('assessedBy')} must be a user entity ref, got "${
            item.assessedBy
          }"`,
        );
      }
      const at = new Date(item.assessedAt);
      if (at > now) {
        throw new InputError(
          `${field('assessedAt')} must not be in the future, got "${
            item.assessedAt
          }"`,
        );
      }
      const prepared = prepareAssessment({
        scores: item.scores,
        comment: item.comment,
        idempotencyKey: item.idempotencyKey,
      });
      return {
        entityRef,
        createdBy: assessedBy,
        comment: prepared.comment,
        source: 'import' as const,
        rubricVersion: item.rubricVersion ?? RUBRIC_VERSION,
        scores: prepared.scores,
        idempotencyKey: prepared.idempotencyKey,
        requestHash: assessmentRequestHash(entityRef, {
          scores: prepared.scores,
          comment: prepared.comment,
          source: 'import',
        }),
        at,
      };
    });
    const refs = [...new Set(items.map(i => i.entityRef))];
    const { items: found } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['kind'] },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    const missing = refs.filter((_, k) => !found[k]);
    if (missing.length > 0) {
      const i = items.findIndex(item => item.entityRef === missing[0]);
      throw new InputError(
        `assessments[${i}].entityRef names no entity in the catalog: ${missing[0]}`,
      );
    }
    return items;
  }
}
