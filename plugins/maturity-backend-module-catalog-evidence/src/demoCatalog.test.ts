import {
  DEMO_CATALOG_LOCATION,
  demoCatalogConfig,
  waitUntil,
} from '@agile-ops/test-utils';
import { EntityEvidence } from '@agile-ops/plugin-maturity-node';
import {
  AuthService,
  BackstageCredentials,
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { factValues } from './__testUtils__/entities';
import { catalogEvidenceProvider } from './provider';

/*
 * The provider on the demo organisation of examples/, as the real catalog holds it: relations
 * computed by the catalog's own processors, facets counted by its database. The figures below
 * are worked out by hand from examples/catalog/*.yaml.
 */

jest.setTimeout(120_000);

type Declared = {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: {
    targets?: string[];
    dependsOn?: string[];
    consumesApis?: string[];
  };
};

/** Every entity the demo files declare, following the Location's targets. */
function declaredIn(file: string): Declared[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map(doc => doc.toJSON() as Declared | null)
    .filter((doc): doc is Declared => Boolean(doc))
    .flatMap(doc =>
      doc.kind === 'Location'
        ? (doc.spec?.targets ?? []).flatMap(t =>
            declaredIn(resolve(dirname(file), t)),
          )
        : [doc],
    );
}

const declared = declaredIn(DEMO_CATALOG_LOCATION);
const refOf = (d: Declared) =>
  stringifyEntityRef({ kind: d.kind, name: d.metadata.name });
const leaves = declared.filter(d => ['Component', 'Resource'].includes(d.kind));
/** The kinds the provider reads: the leaves, the APIs and the systems and domains above them. */
const software = declared.filter(d =>
  ['Component', 'Resource', 'API', 'System', 'Domain'].includes(d.kind),
);
/** Every relation back to a source the catalog stitches onto a target, from the YAML. */
const backRelations = declared.flatMap(d => [
  ...(d.spec?.dependsOn ?? []).map(target => ({
    on: target.toLocaleLowerCase('en-US'),
    type: 'dependencyOf',
    to: refOf(d),
  })),
  ...(d.spec?.consumesApis ?? []).map(api => ({
    on: `api:default/${api}`,
    type: 'apiConsumedBy',
    to: refOf(d),
  })),
]);

describe('the catalog provider on the demo catalog', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let catalog: CatalogService;
  let auth: AuthService;
  let evidence: Map<string, EntityEvidence>;
  const calls: string[] = [];

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    await startTestBackend({
      features: [
        catalogPlugin,
        // Hands the test the catalog client and the service credentials a plugin gets.
        createBackendPlugin({
          pluginId: 'probe',
          register(env) {
            env.registerInit({
              deps: {
                catalogService: catalogServiceRef,
                authService: coreServices.auth,
              },
              async init({ catalogService, authService }) {
                catalog = catalogService;
                auth = authService;
              },
            });
          },
        }),
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: { catalog: demoCatalogConfig() },
        }),
      ],
    });
    const credentials = await auth.getOwnServiceCredentials();
    await waitForRelations(credentials);

    const refs = leaves.map(refOf);
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials },
    );
    // Count what the provider asks of the catalog for the whole page.
    const counting = new Proxy(catalog, {
      get(target, method: keyof CatalogService) {
        const original = target[method];
        if (typeof original !== 'function') return original;
        return (...args: unknown[]) => {
          calls.push(String(method));
          return (original as Function).apply(target, args);
        };
      },
    });
    const answer = await catalogEvidenceProvider(counting).collect(
      items as Entity[],
      {
        now: new Date('2025-06-01T00:00:00Z'),
        credentials,
        signal: new AbortController().signal,
        logger: mockServices.logger.mock(),
      },
    );
    evidence = new Map(answer.map(e => [e.entityRef, e]));
  });

  /** Waits until the catalog holds every demo entity with the relations stitched back. */
  async function waitForRelations(credentials: BackstageCredentials) {
    await waitUntil(
      'the catalog stitched the demo relations',
      async () => {
        const { items } = await catalog.getEntitiesByRefs(
          { entityRefs: software.map(refOf) },
          { credentials },
        );
        if (items.some(item => !item)) return false;
        const byRef = new Map(items.map(e => [stringifyEntityRef(e!), e!]));
        return backRelations.every(({ on, type, to }) =>
          (byRef.get(on)?.relations ?? []).some(
            r => r.type === type && r.targetRef === to,
          ),
        );
      },
      { attempts: 200, intervalMs: 500 },
    );
  }

  const proposal = (ref: string, vector: string) => {
    const found = evidence.get(ref)?.proposals.find(p => p.vector === vector);
    if (!found) throw new Error(`no ${vector} proposal for ${ref}`);
    return {
      score: found.score,
      facts: factValues(found),
      reasons: found.reasons,
    };
  };

  it('answers for all 39 demo components and resources in 4 catalog calls', () => {
    expect(leaves).toHaveLength(39);
    expect(evidence.size).toBe(39);
    // One for the provided APIs, one for the systems, a facet call for each of the two kinds.
    expect(calls.sort()).toEqual([
      'getEntitiesByRefs',
      'getEntitiesByRefs',
      'getEntityFacets',
      'getEntityFacets',
    ]);
    for (const { proposals } of evidence.values()) {
      expect(proposals.map(p => p.vector)).toEqual([
        'documentation',
        'maturity',
        'ubiquity',
        'architecture',
      ]);
      for (const { score } of proposals) {
        expect(score === null || (score >= 1 && score <= 3)).toBe(true);
      }
    }
  });

  it('checkout-service: in production, its API consumed by checkout-web and travel-site', () => {
    const ref = 'component:default/checkout-service';
    // No demo entity has TechDocs or links; each has a description.
    expect(proposal(ref, 'documentation')).toMatchObject({
      score: 1,
      facts: { techdocs: false, links: 0, description: true },
    });
    expect(proposal(ref, 'maturity')).toMatchObject({
      score: 2,
      facts: { owner: 'group:default/team-checkout', lifecycle: 'production' },
    });
    // 18 services; kotlin also on ledger-service and service-kit, checkout only on checkout-web.
    expect(proposal(ref, 'ubiquity')).toMatchObject({
      score: 2,
      facts: {
        dependents: 0,
        'api-consumers': 2,
        'same-type': 17,
        'tag-peers': 2,
      },
    });
    // checkout is in booking; checkout-api, cart-db, payments-api and reservations-api.
    expect(proposal(ref, 'architecture')).toMatchObject({
      score: 3,
      facts: {
        system: 'system:default/checkout',
        'system-in-domain': true,
        'provides-apis': 1,
        'depends-on': 1,
        'consumes-apis': 2,
      },
    });
  });

  it('payment-gateway-service: payments-api has three consumers', () => {
    const ref = 'component:default/payment-gateway-service';
    // checkout-service, refund-worker and payments-sdk-js consume payments-api.
    expect(proposal(ref, 'ubiquity')).toMatchObject({
      score: 3,
      facts: { dependents: 0, 'api-consumers': 3 },
    });
    expect(proposal(ref, 'architecture')).toMatchObject({
      score: 3,
      facts: { 'provides-apis': 1, 'depends-on': 2, 'consumes-apis': 3 },
    });
  });

  it('booking-widgets: a library in no system that two websites depend on', () => {
    const ref = 'component:default/booking-widgets';
    expect(proposal(ref, 'ubiquity')).toMatchObject({
      score: 2,
      facts: { dependents: 2, 'api-consumers': 0, 'same-type': 2 },
    });
    expect(proposal(ref, 'architecture')).toMatchObject({
      score: null,
      facts: { system: false, 'provides-apis': 0, 'depends-on': 0 },
    });
  });

  it('legacy-invoice-generator: deprecated, nothing uses it, its tags nearly its own', () => {
    const ref = 'component:default/legacy-invoice-generator';
    expect(proposal(ref, 'maturity')).toMatchObject({
      score: 2,
      facts: { lifecycle: 'deprecated' },
    });
    // finance is also on ledger-service; batch and php on no other component.
    expect(proposal(ref, 'ubiquity')).toMatchObject({
      score: 1,
      facts: { dependents: 0, 'api-consumers': 0, 'tag-peers': 1 },
    });
    expect(proposal(ref, 'architecture')).toMatchObject({
      score: 3,
      facts: {
        system: 'system:default/billing-ledger',
        'depends-on': 1,
        'consumes-apis': 1,
      },
    });
  });

  it('status-page: experimental, consuming the metrics API', () => {
    const ref = 'component:default/status-page';
    expect(proposal(ref, 'maturity')).toMatchObject({
      score: 1,
      facts: { lifecycle: 'experimental' },
    });
    // web is also on travel-site and old-destination-guides.
    expect(proposal(ref, 'ubiquity')).toMatchObject({
      score: 1,
      facts: { 'tag-peers': 2, 'same-type': 3 },
    });
    expect(proposal(ref, 'architecture').score).toBe(3);
  });

  it('refund-worker: nothing uses it, but four other components are in Java', () => {
    expect(
      proposal('component:default/refund-worker', 'ubiquity'),
    ).toMatchObject({
      score: 2,
      facts: { dependents: 0, 'api-consumers': 0, 'tag-peers': 4 },
    });
  });

  it('cart-db and events-broker: resources, with no lifecycle to date them', () => {
    const cartDb = 'resource:default/cart-db';
    expect(proposal(cartDb, 'maturity')).toMatchObject({
      score: null,
      facts: { owner: 'group:default/team-checkout', lifecycle: false },
    });
    // Six databases, five of them tagged postgresql; checkout-service depends on it.
    expect(proposal(cartDb, 'ubiquity')).toMatchObject({
      score: 2,
      facts: { dependents: 1, 'same-type': 5, 'tag-peers': 4 },
    });
    expect(proposal(cartDb, 'architecture')).toMatchObject({
      score: 2,
      facts: {
        system: 'system:default/checkout',
        'system-in-domain': true,
        'depends-on': 0,
      },
    });
    // The two event queues and warehouse-loader depend on the broker.
    const broker = proposal('resource:default/events-broker', 'ubiquity');
    expect(broker).toMatchObject({
      score: 3,
      facts: { dependents: 3, 'same-type': 2, 'tag-peers': 2 },
    });
    expect(broker.reasons).toEqual([
      'used by 3 entities (dependents and API consumers): 3 or more users propose 3',
    ]);
  });
});
