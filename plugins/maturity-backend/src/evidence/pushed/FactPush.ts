import { Access } from '@agile-ops/backend-common';
import {
  FactsRequest,
  FactsResult,
  maturityFactsPushPermission,
} from '@agile-ops/plugin-maturity-common';
import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { Request } from 'express';
import { checkPushedFacts } from './checkPushedFacts';
import {
  DatabasePushedFactStore,
  PushedFactInput,
} from './DatabasePushedFactStore';

/**
 * Who pushes: the subject of a service token (`external:ci-facts` for a static token) or the
 * user. Taken from the credentials only, so a body cannot claim to come from someone else.
 */
function pusherOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    subject?: string;
    userEntityRef?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  if (principal.type === 'service' && principal.subject) {
    return principal.subject;
  }
  throw new NotAllowedError('Only a user or a service may push facts');
}

/**
 * Facts pushed by CI pipelines and other tools (`POST /facts`): permission-checked, audited,
 * every fact checked before any is stored, stored in one transaction with the caller as who
 * pushed them.
 */
export class FactPush {
  constructor(
    private readonly deps: {
      store: DatabasePushedFactStore;
      catalog: CatalogService;
      auth: AuthService;
      access: Access;
      now?: () => Date;
    },
  ) {}

  /** Checks the permission and every fact, then stores them; see the route. */
  async push(
    body: FactsRequest,
    credentials: BackstageCredentials,
    request?: Request,
  ): Promise<FactsResult> {
    const { access, store } = this.deps;
    const pushedBy = pusherOf(credentials);
    return access.audited(
      {
        eventId: 'facts-push',
        severityLevel: 'medium',
        request,
        credentials,
        meta: { facts: body.facts.length, pushedBy },
      },
      async () => {
        await access.authorize(
          { permission: maturityFactsPushPermission },
          credentials,
          'You may not push facts',
        );
        const now = this.deps.now?.() ?? new Date();
        const facts = checkPushedFacts(body.facts, now);
        await this.requireEntities(facts);
        return store.save(facts, { by: pushedBy, at: now });
      },
      result => ({ ...result }),
    );
  }

  // One catalog call for all entities, with the plugin's own credentials: whoever may push
  // facts is told which refs name nothing, the first of them by its place in the push.
  private async requireEntities(facts: PushedFactInput[]) {
    const refs = [...new Set(facts.map(f => f.entityRef))];
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['kind'] },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    const missing = refs.find((_, k) => !items[k]);
    if (missing !== undefined) {
      const i = facts.findIndex(f => f.entityRef === missing);
      throw new InputError(
        `facts[${i}].entityRef names no entity in the catalog: ${missing}`,
      );
    }
  }
}
