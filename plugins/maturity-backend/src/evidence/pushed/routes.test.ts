import {
  createTestDatabases,
  manualScheduler,
  rowCount,
  TestConfig,
} from '@agile-ops/test-utils';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { catalogEntity } from '../../__testUtils__/catalogEntities';
import { startMaturityBackend } from '../../__testUtils__/maturityBackend';
import { HIERARCHY_SYNC_TASK } from '../../hierarchy/syncHierarchy';
import { EVIDENCE_TASK } from '../EvidenceCollection';

jest.setTimeout(90_000);

const FACTS = '/api/maturity/facts';
/** The architect the policy lets push; everyone else is refused. */
const ADA = 'user:default/ada';
const STRANGER = 'user:default/stranger';
const DAY = 86_400_000;

const entities = [
  catalogEntity('component', 'cart'),
  catalogEntity('resource', 'cart-db'),
  catalogEntity('system', 'shop'),
];

// The example rule set of the README (and of the portal's app-config.yaml).
const config: TestConfig = {
  maturity: {
    evidence: {
      factRules: [
        {
          fact: 'dependency-currency',
          vector: 'currency',
          levels: [
            { score: 5, min: 0.95 },
            { score: 4, min: 0.85 },
            { score: 3, min: 0.7 },
            { score: 2, min: 0.5 },
            { score: 1 },
          ],
        },
        {
          fact: 'deploys-per-week',
          vector: 'deployability',
          levels: [
            { score: 5, min: 5 },
            { score: 4, min: 1 },
            { score: 3, min: 0.25 },
            { score: 2 },
          ],
        },
        {
          fact: 'restore-test-passed',
          vector: 'recoverability',
          levels: [
            { score: 3, equals: true },
            { score: 1, equals: false },
          ],
        },
      ],
    },
  },
};

// As the portal decides: services pass (Backstage does not ask the policy for them; a static
// token's restriction is the framework's to apply), the architect may push, nobody else.
async function authorize(
  requests: unknown[],
  { credentials }: { credentials: BackstageCredentials },
) {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  const allowed =
    principal.type === 'service' || principal.userEntityRef === ADA;
  return requests.map(() => ({
    result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
  })) as Array<{ result: AuthorizeResult.ALLOW | AuthorizeResult.DENY }>;
}

const fact = (over: object = {}) => ({
  entityRef: 'component:default/cart',
  key: 'dependency-currency',
  value: 0.97,
  source: 'ci:renovate',
  ...over,
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('POST /facts on %s', databaseId => {
  async function start() {
    const knex = await databases.init(databaseId);
    const scheduler = manualScheduler();
    const backend = await startMaturityBackend({
      knex,
      entities,
      hidden: { users: [], refs: [] },
      authorize,
      features: [scheduler.factory],
      config,
    });
    const push = (body: unknown, authorization?: string) => {
      const req = request(backend.server).post(FACTS);
      return (authorization ? req.set('Authorization', authorization) : req)
        .set('Content-Type', 'application/json')
        .send(body as object);
    };
    const stored = async () => ({
      latest: await rowCount(knex, 'maturity_pushed_facts'),
      history: await rowCount(knex, 'maturity_pushed_fact_history'),
    });
    return { knex, scheduler, push, stored, ...backend };
  }

  it('stores a service’s facts under its subject, audited; a repeat is unchanged', async () => {
    const { knex, push, stored, auditEvents } = await start();
    const service = mockCredentials.service.header();
    // The observation times are given, so the same push again tells nothing new.
    const body = {
      facts: [
        fact({
          text: '97% of dependencies are on their latest version',
          observedAt: new Date(Date.now() - DAY).toISOString(),
        }),
        fact({
          entityRef: 'Resource:default/cart-db',
          key: 'restore-test-passed',
          value: true,
          source: 'ci:restore-drill',
          observedAt: new Date(Date.now() - DAY).toISOString(),
        }),
      ],
    };
    const first = await push(body, service).expect(200);
    expect(first.body).toEqual({ stored: 2, unchanged: 0 });
    const rows = await knex('maturity_pushed_facts').orderBy('entity_ref');
    expect(
      rows.map(row => [
        row.entity_ref,
        row.fact_key,
        JSON.parse(row.value),
        row.text,
        row.pushed_by,
      ]),
    ).toEqual([
      [
        'component:default/cart',
        'dependency-currency',
        0.97,
        '97% of dependencies are on their latest version',
        'external:test-service',
      ],
      [
        'resource:default/cart-db',
        'restore-test-passed',
        true,
        null,
        'external:test-service',
      ],
    ]);

    expect((await push(body, service).expect(200)).body).toEqual({
      stored: 0,
      unchanged: 2,
    });
    expect(await stored()).toEqual({ latest: 2, history: 2 });

    const events = auditEvents.filter(e => e.options.eventId === 'facts-push');
    expect(events.map(e => e.options.meta)).toEqual([
      { facts: 2, pushedBy: 'external:test-service' },
      { facts: 2, pushedBy: 'external:test-service' },
    ]);
    expect(events[0].options.severityLevel).toBe('medium');
    expect(events[0].success).toHaveBeenCalledWith({
      meta: { stored: 2, unchanged: 0 },
    });
    expect(events[1].success).toHaveBeenCalledWith({
      meta: { stored: 0, unchanged: 2 },
    });
  });

  it('refuses a user the policy denies, and anonymous callers, storing nothing; lets the architect push', async () => {
    const { knex, push, stored, auditEvents } = await start();
    const body = { facts: [fact()] };

    const denied = await push(body, mockCredentials.user.header(STRANGER));
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('You may not push facts');
    await push(body).expect(401);
    expect(await stored()).toEqual({ latest: 0, history: 0 });
    const refused = auditEvents.find(e => e.options.eventId === 'facts-push');
    expect(refused?.options.meta).toEqual({
      facts: 1,
      pushedBy: STRANGER,
      actor: STRANGER,
    });
    expect(refused?.fail).toHaveBeenCalled();

    await push(body, mockCredentials.user.header(ADA)).expect(200);
    expect(await knex('maturity_pushed_facts').pluck('pushed_by')).toEqual([
      ADA,
    ]);
  });

  it.each([
    [
      'a key that is not kebab-case',
      fact({ key: 'Dependency_Currency' }),
      /request\/body\/facts\/1\/key/,
    ],
    [
      'a text value over 500 characters',
      fact({ value: 'x'.repeat(501) }),
      /request\/body\/facts\/1\/value/,
    ],
    [
      'an object as value',
      fact({ value: { share: 1 } }),
      /request\/body\/facts\/1\/value/,
    ],
    [
      'a blank source',
      fact({ source: '  ' }),
      /request\/body\/facts\/1\/source/,
    ],
    [
      'a source over 200 characters',
      fact({ source: 's'.repeat(201) }),
      /request\/body\/facts\/1\/source/,
    ],
    [
      'a malformed time',
      fact({ observedAt: 'yesterday' }),
      /request\/body\/facts\/1\/observedAt/,
    ],
    // Who pushed is the caller; a body cannot say otherwise.
    [
      'a pushedBy of its own',
      fact({ pushedBy: 'user:default/ada' }),
      /request\/body\/facts\/1 must NOT have additional properties/,
    ],
    [
      'a time in the future',
      fact({ observedAt: new Date(Date.now() + DAY).toISOString() }),
      /^facts\[1\]\.observedAt must not be in the future/,
    ],
    [
      'a system instead of a component',
      fact({ entityRef: 'system:default/shop' }),
      /^facts\[1\]\.entityRef must be a component or a resource, got "system:default\/shop"$/,
    ],
    [
      'a ref without a kind',
      fact({ entityRef: 'cart' }),
      /^facts\[1\]\.entityRef must be an entity ref/,
    ],
    [
      'an entity the catalog does not have',
      fact({ entityRef: 'component:default/gone' }),
      /^facts\[1\]\.entityRef names no entity in the catalog: component:default\/gone$/,
    ],
    [
      'the same entity, key and source twice',
      fact({ value: 0.5 }),
      /^facts\[1\] repeats the entity, key and source of facts\[0\]/,
    ],
  ])(
    'answers %s with a 400 naming the field, and stores none of the push',
    async (_case, bad, message) => {
      const { push, stored } = await start();
      const res = await push(
        { facts: [fact(), bad] },
        mockCredentials.service.header(),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await stored()).toEqual({ latest: 0, history: 0 });
    },
  );

  it('refuses a number JSON reads as infinite, naming the field', async () => {
    const { push, stored } = await start();
    const res = await push(
      `{"facts":[{"entityRef":"component:default/cart","key":"deploys-per-week","value":1e309,"source":"ci:deploy"}]}`,
      mockCredentials.service.header(),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/facts\[0\]\.value|facts\/0\/value/);
    expect(await stored()).toEqual({ latest: 0, history: 0 });
  });

  it('refuses more than 500 facts, and none at all', async () => {
    const { push, stored } = await start();
    const many = Array.from({ length: 501 }, (_, i) =>
      fact({ source: `ci:job-${i}` }),
    );
    const over = await push({ facts: many }, mockCredentials.service.header());
    expect(over.status).toBe(400);
    expect(over.body.error.message).toMatch(
      /facts must NOT have more than 500 items/,
    );
    await push({ facts: [] }, mockCredentials.service.header()).expect(400);
    expect(await stored()).toEqual({ latest: 0, history: 0 });
    // 500 is the budget, not over it.
    expect(
      (
        await push(
          { facts: many.slice(0, 500) },
          mockCredentials.service.header(),
        ).expect(200)
      ).body,
    ).toEqual({ stored: 500, unchanged: 0 });
  });

  it('turns pushed facts into proposals at the next collection; stale facts and facts without a rule propose nothing', async () => {
    const { server, scheduler, push } = await start();
    const ci = mockCredentials.service.header();
    const scorecard = async (path: string) =>
      (
        await request(server)
          .get(`/api/maturity/entities/${path}/scorecard`)
          .set('Authorization', mockCredentials.user.header(STRANGER))
          .expect(200)
      ).body;
    const pushedEvidence = (card: { evidence?: Array<{ provider: string }> }) =>
      (card.evidence ?? []).filter(e => e.provider === 'pushed');

    await scheduler.run(HIERARCHY_SYNC_TASK);
    const observedAt = new Date(Date.now() - 2 * DAY).toISOString();
    await push(
      {
        facts: [
          fact({ value: 0.9, observedAt }),
          fact({ key: 'deploys-per-week', value: 12, source: 'ci:deploy' }),
          fact({ key: 'open-issues', value: 40, source: 'tracker' }),
          fact({
            entityRef: 'resource:default/cart-db',
            key: 'restore-test-passed',
            value: true,
            source: 'ci:restore-drill',
            observedAt: new Date(Date.now() - 31 * DAY).toISOString(),
          }),
        ],
      },
      ci,
    ).expect(200);
    // Pushed, not yet collected: nothing to see.
    expect(pushedEvidence(await scorecard('component/default/cart'))).toEqual(
      [],
    );

    await scheduler.run(EVIDENCE_TASK);
    const cart = await scorecard('component/default/cart');
    expect(pushedEvidence(cart)).toEqual([
      expect.objectContaining({
        vector: 'currency',
        provider: 'pushed',
        proposedScore: 4,
        reasons: [
          `dependency-currency 0.9 (from ci:renovate on ${observedAt.slice(
            0,
            10,
          )}) is at least 0.85, which proposes 4 for currency`,
        ],
        facts: [
          {
            key: 'dependency-currency',
            value: 0.9,
            text: 'dependency-currency is 0.9',
            observedAt,
            source: 'ci:renovate',
          },
        ],
      }),
      expect.objectContaining({
        vector: 'deployability',
        provider: 'pushed',
        proposedScore: 5,
      }),
    ]);
    // A proposal is never a score.
    expect(
      cart.vectors.find((v: { vector: string }) => v.vector === 'currency'),
    ).toMatchObject({ score: null });
    // The restore test is older than 30 days: no proposal.
    expect(pushedEvidence(await scorecard('resource/default/cart-db'))).toEqual(
      [],
    );

    // A fresh result of the restore test, and a new currency, show after the next collection.
    await push(
      {
        facts: [
          fact({ value: 0.4 }),
          fact({
            entityRef: 'resource:default/cart-db',
            key: 'restore-test-passed',
            value: false,
            source: 'ci:restore-drill',
          }),
        ],
      },
      ci,
    ).expect(200);
    await scheduler.run(EVIDENCE_TASK);
    expect(
      pushedEvidence(await scorecard('resource/default/cart-db')).map(
        (e: any) => [e.vector, e.proposedScore],
      ),
    ).toEqual([['recoverability', 1]]);
    expect(
      pushedEvidence(await scorecard('component/default/cart')).map(
        (e: any) => [e.vector, e.proposedScore],
      ),
    ).toEqual([
      ['currency', 1],
      ['deployability', 5],
    ]);
  });
});
