import { TEST_DATABASE_IDS } from '@agile-ops/test-utils';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  confidentialEntities,
  DEMO_USERS,
  DemoPortal,
  startDemoPortal,
} from '../__testUtils__/demoPortal';
import {
  documentedOperations,
  matchesTemplate,
} from '../__testUtils__/documentedOperations';
import {
  asService,
  asUser,
  leakedEntities,
  PluginRequest,
  send,
} from '../__testUtils__/portalRequests';

jest.setTimeout(240_000);

/** Who calls: the six callers of issue 12's matrix. */
const SUBJECTS = [
  'anonymous',
  'otherTeam',
  'owner',
  'architect',
  'service',
  'cannotRead',
] as const;
type Subject = (typeof SUBJECTS)[number];

/** What a row's request is about: team-payments' things, or the confidential fraud ones. */
type Target = {
  entityPath: string;
  entityRef: string;
  team: string;
  teamPath: string;
  rotation: string;
  /** A member of the team: the one who may write, and who may be named in its rotations. */
  member: string;
  /** A roll-up scope: Payments for the visible side, the Fraud Detection system for the other. */
  scopePath: string;
};

const PAYMENTS: Target = {
  entityPath: 'component/default/ledger-service',
  entityRef: 'component:default/ledger-service',
  team: 'group:default/team-payments',
  teamPath: 'default/team-payments',
  rotation: 'demo-payments-potw',
  member: DEMO_USERS.owner,
  scopePath: 'domain/default/payments',
};

const FRAUD: Target = {
  entityPath: 'component/default/fraud-scoring-service',
  entityRef: 'component:default/fraud-scoring-service',
  team: 'group:default/team-fraud-signals',
  teamPath: 'default/team-fraud-signals',
  rotation: 'demo-fraud-potw',
  member: DEMO_USERS.fraudOwner,
  scopePath: 'system/default/fraud-detection',
};

/** Every subject but `cannotRead` asks about team-payments; `cannotRead` is the owner asking about fraud. */
const CALLERS: Record<
  Subject,
  { authorization?: string; target: Target; seesConfidential: boolean }
> = {
  anonymous: { target: PAYMENTS, seesConfidential: false },
  otherTeam: {
    authorization: asUser(DEMO_USERS.otherTeam),
    target: PAYMENTS,
    seesConfidential: false,
  },
  owner: {
    authorization: asUser(DEMO_USERS.owner),
    target: PAYMENTS,
    seesConfidential: false,
  },
  architect: {
    authorization: asUser(DEMO_USERS.architect),
    target: PAYMENTS,
    seesConfidential: true,
  },
  // A backend acting for itself reads everything, as it does in the catalog.
  service: {
    authorization: asService(),
    target: PAYMENTS,
    seesConfidential: true,
  },
  cannotRead: {
    authorization: asUser(DEMO_USERS.owner),
    target: FRAUD,
    seesConfidential: false,
  },
};

/** One status, or the statuses of which the plugin may choose one. */
type Expected = number | readonly number[];

type Row = {
  request(t: Target, setup: Setup): Promise<Omit<PluginRequest, 'plugin'>>;
  expect: Record<Subject, Expected>;
};

/** Creates what a row's request changes or removes, as the target team's member. */
type Setup = {
  rotation(t: Target): Promise<string>;
  override(t: Target): Promise<string>;
  interrupt(t: Target): Promise<string>;
};

/** A read anyone signed in may make, services included. */
function read(overrides: Partial<Record<Subject, Expected>> = {}) {
  return {
    anonymous: 401,
    otherTeam: 200,
    owner: 200,
    architect: 200,
    service: 200,
    cannotRead: 200,
    ...overrides,
  };
}
/** A read of one entity: whoever may not read the entity learns nothing, not even that it exists. */
const entityRead = () => read({ cannotRead: 404 });

/** A write only a member of the owning group may make; `ok` is its success status. */
function memberWrite(
  ok: number,
  overrides: Partial<Record<Subject, Expected>> = {},
) {
  return {
    anonymous: 401,
    otherTeam: 403,
    owner: ok,
    architect: 403,
    service: 403,
    cannotRead: 403,
    ...overrides,
  };
}

const DAY = 86_400_000;
const later = (days: number) =>
  new Date(Math.ceil(Date.now() / DAY) * DAY + days * DAY).toISOString();

const get = (path: string, query?: Record<string, string>) => async () => ({
  method: 'GET',
  path,
  query,
});

function versionFor(t: Target) {
  return {
    timezone: 'Europe/Berlin',
    role: 'primary',
    participants: [t.member],
    handoff: { weekday: 2, time: '10:00' },
    shiftLength: 'P1W',
    startDate: later(7).slice(0, 10),
  };
}

function importFor(t: Target) {
  const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace('.000', '');
  return {
    owner: t.team,
    name: `Imported ${randomUUID()}`,
    role: 'secondary',
    timezone: 'Europe/Berlin',
    ics: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//security matrix//EN',
      'BEGIN:VEVENT',
      `UID:${randomUUID()}@matrix`,
      `DTSTAMP:${stamp(later(0))}`,
      `DTSTART:${stamp(later(2))}`,
      `DTEND:${stamp(later(3))}`,
      'SUMMARY:On call',
      `X-AGILE-OPS-USER:${t.member}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  };
}

/**
 * The expected answer of every documented operation for every subject. Keys are
 * `<plugin> <METHOD> <path>` exactly as the OpenAPI documents have them.
 */
const MATRIX: Record<string, Row> = {
  'maturity GET /vectors': { request: get('/vectors'), expect: read() },
  'maturity GET /entities/{kind}/{namespace}/{name}/scorecard': {
    request: async t => get(`/entities/${t.entityPath}/scorecard`)(),
    expect: entityRead(),
  },
  'maturity GET /entities/{kind}/{namespace}/{name}/history': {
    request: async t => get(`/entities/${t.entityPath}/history`)(),
    expect: entityRead(),
  },
  'maturity GET /entities/{kind}/{namespace}/{name}/assessments': {
    request: async t => get(`/entities/${t.entityPath}/assessments`)(),
    expect: entityRead(),
  },
  'maturity POST /entities/{kind}/{namespace}/{name}/assessments': {
    request: async t => ({
      method: 'POST',
      path: `/entities/${t.entityPath}/assessments`,
      body: { scores: [{ vector: 'stability', score: 3 }] },
    }),
    // Owners and architects assess; whether a hidden entity is "not found" or "not allowed"
    // is the plugin's choice, as long as the answer shows nothing of it.
    expect: memberWrite(201, { architect: 201, cannotRead: [403, 404] }),
  },
  'maturity POST /entities/{kind}/{namespace}/{name}/evidence/accept': {
    request: async t => ({
      method: 'POST',
      path: `/entities/${t.entityPath}/evidence/accept`,
      body: {
        vector: 'automation',
        provider: 'self-service',
        proposedScore: 2,
      },
    }),
    // The matrix's entities have no proposal: those who may assess get as far as looking it
    // up (404); the others are stopped before, and those who cannot read learn nothing.
    expect: memberWrite(404, { architect: 404, cannotRead: 404 }),
  },
  'maturity POST /entities/{kind}/{namespace}/{name}/evidence/dismiss': {
    request: async t => ({
      method: 'POST',
      path: `/entities/${t.entityPath}/evidence/dismiss`,
      body: {
        vector: 'automation',
        provider: 'self-service',
        proposedScore: 2,
        reason: 'not yet',
      },
    }),
    // The matrix's entities have no proposal: those who may assess get as far as looking it
    // up (404); the others are stopped before, and those who cannot read learn nothing.
    expect: memberWrite(404, { architect: 404, cannotRead: 404 }),
  },
  'maturity GET /entities/{kind}/{namespace}/{name}/self-service': {
    request: async t => get(`/entities/${t.entityPath}/self-service`)(),
    expect: entityRead(),
  },
  'maturity GET /teams/{namespace}/{name}/self-service': {
    request: async t => get(`/teams/${t.teamPath}/self-service`)(),
    expect: read(),
  },
  'maturity POST /self-service/runs': {
    request: async t => ({
      method: 'POST',
      path: '/self-service/runs',
      body: {
        entityRef: t.entityRef,
        templateRef: 'template:default/log-interrupt',
        taskId: randomUUID(),
      },
    }),
    // Only the scaffolder acting for a user records runs (issue 12, point 7): nobody who
    // calls directly, whoever they are.
    expect: memberWrite(403, { cannotRead: [403, 404] }),
  },
  'maturity POST /scorecards': {
    request: async t => ({
      method: 'POST',
      path: '/scorecards',
      body: { entityRefs: [t.entityRef, FRAUD.entityRef] },
    }),
    expect: read(),
  },
  'maturity GET /export': { request: get('/export'), expect: read() },
  'maturity GET /rollups': {
    request: get('/rollups', { scope: 'system' }),
    expect: read(),
  },
  'maturity GET /rollups/{kind}/{namespace}/{name}': {
    request: async t => get(`/rollups/${t.scopePath}`)(),
    expect: entityRead(),
  },
  'maturity GET /rollups/{kind}/{namespace}/{name}/history': {
    request: async t => get(`/rollups/${t.scopePath}/history`)(),
    expect: entityRead(),
  },
  'maturity GET /rollups/{kind}/{namespace}/{name}/reassess': {
    request: async t => get(`/rollups/${t.scopePath}/reassess`)(),
    expect: entityRead(),
  },
  'maturity GET /entities/{kind}/{namespace}/{name}/explain': {
    request: async t => get(`/entities/${t.entityPath}/explain`)(),
    expect: entityRead(),
  },
  'maturity GET /rollups/{kind}/{namespace}/{name}/explain': {
    request: async t => get(`/rollups/${t.scopePath}/explain`)(),
    expect: entityRead(),
  },
  'maturity GET /status': { request: get('/status'), expect: read() },
  'maturity POST /hierarchy/refresh': {
    request: async () => ({ method: 'POST', path: '/hierarchy/refresh' }),
    expect: memberWrite(403, { architect: 202 }),
  },
  'maturity POST /import/assessments': {
    request: async t => ({
      method: 'POST',
      path: '/import/assessments',
      body: {
        assessments: [
          {
            entityRef: t.entityRef,
            assessedBy: 'user:default/imported-assessor',
            assessedAt: '2025-06-02T09:00:00Z',
            scores: [{ vector: 'documentation', score: 2 }],
            idempotencyKey: `matrix-${randomUUID()}`,
          },
        ],
      },
    }),
    // Scores under another person's name and date: architects, and backends (the demo's
    // history), whose calls the permission framework lets through.
    expect: memberWrite(403, { architect: 200, service: 200 }),
  },
  'maturity POST /facts': {
    request: async t => ({
      method: 'POST',
      path: '/facts',
      body: {
        facts: [
          {
            entityRef: t.entityRef,
            key: 'dependency-currency',
            value: 0.9,
            source: `matrix:${randomUUID()}`,
          },
        ],
      },
    }),
    // CI jobs push with a service token, which the permission framework lets through (an
    // installation restricts a static token to maturity.facts.push); of the users, only the
    // architects may. Owners may not vouch for their own entities' facts.
    expect: memberWrite(403, { architect: 200, service: 200 }),
  },

  'oncall GET /teams/{namespace}/{name}/rotations': {
    request: async t => get(`/teams/${t.teamPath}/rotations`)(),
    expect: read(),
  },
  'oncall POST /rotations': {
    request: async t => ({
      method: 'POST',
      path: '/rotations',
      body: {
        owner: t.team,
        name: `Matrix ${randomUUID()}`,
        version: versionFor(t),
      },
    }),
    expect: memberWrite(201),
  },
  'oncall POST /rotations/import': {
    request: async t => ({
      method: 'POST',
      path: '/rotations/import',
      body: importFor(t),
    }),
    expect: memberWrite(201),
  },
  'oncall POST /import': {
    request: async t => ({
      method: 'POST',
      path: '/import',
      body: {
        interrupts: [
          {
            id: randomUUID(),
            team: t.team,
            entityRef: t.entityRef,
            title: 'Matrix imported interrupt',
            category: 'request',
            receivedAt: '2026-01-13T10:00:00Z',
            createdBy: 'user:default/imported-recorder',
          },
        ],
      },
    }),
    // Records under other people's names and dates: architects, and backends (the demo's
    // on-call data), whose calls the permission framework lets through.
    expect: memberWrite(403, { architect: 200, service: 200 }),
  },
  'oncall GET /rotations/{id}': {
    request: async t => get(`/rotations/${t.rotation}`)(),
    expect: read(),
  },
  'oncall DELETE /rotations/{id}': {
    request: async (t, setup) => ({
      method: 'DELETE',
      path: `/rotations/${await setup.rotation(t)}`,
    }),
    expect: memberWrite(204),
  },
  'oncall POST /rotations/{id}/versions': {
    request: async t => ({
      method: 'POST',
      path: `/rotations/${t.rotation}/versions`,
      body: versionFor(t),
    }),
    expect: memberWrite(201),
  },
  'oncall GET /rotations/{id}/shifts': {
    request: async t => get(`/rotations/${t.rotation}/shifts`)(),
    expect: read(),
  },
  // Signed-in users keep an authenticated calendar; calendar apps use the feed URL instead.
  'oncall GET /rotations/{id}/calendar.ics': {
    request: async t => get(`/rotations/${t.rotation}/calendar.ics`)(),
    expect: read(),
  },
  // A feed token nobody was given: the same 404 for everyone, signed in or not.
  'oncall GET /feeds/{token}/calendar.ics': {
    request: get(
      `/feeds/${randomBytes(32).toString('base64url')}/calendar.ics`,
    ),
    expect: {
      anonymous: 404,
      otherTeam: 404,
      owner: 404,
      architect: 404,
      service: 404,
      cannotRead: 404,
    },
  },
  'oncall POST /rotations/{id}/feed-token': {
    request: async (t, setup) => ({
      method: 'POST',
      path: `/rotations/${await setup.rotation(t)}/feed-token`,
    }),
    expect: memberWrite(201),
  },
  'oncall DELETE /rotations/{id}/feed-token': {
    request: async (t, setup) => ({
      method: 'DELETE',
      path: `/rotations/${await setup.rotation(t)}/feed-token`,
    }),
    expect: memberWrite(204),
  },
  'oncall GET /rotations/{id}/overrides': {
    request: async t => get(`/rotations/${t.rotation}/overrides`)(),
    expect: read(),
  },
  'oncall POST /rotations/{id}/overrides': {
    request: async t => ({
      method: 'POST',
      path: `/rotations/${t.rotation}/overrides`,
      body: { user: t.member, start: later(10), end: later(11) },
    }),
    expect: memberWrite(201),
  },
  'oncall DELETE /rotations/{id}/overrides/{overrideId}': {
    request: async (t, setup) => ({
      method: 'DELETE',
      path: `/rotations/${t.rotation}/overrides/${await setup.override(t)}`,
    }),
    expect: memberWrite(204),
  },
  'oncall GET /rotations/{id}/handoffs': {
    request: async t => get(`/rotations/${t.rotation}/handoffs`)(),
    expect: read(),
  },
  'oncall POST /rotations/{id}/handoffs/notes': {
    request: async t => ({
      method: 'POST',
      path: `/rotations/${t.rotation}/handoffs/notes`,
      body: { text: 'Matrix hand-off note' },
    }),
    expect: memberWrite(201),
  },
  'oncall GET /entities/{kind}/{namespace}/{name}/now': {
    request: async t => get(`/entities/${t.entityPath}/now`)(),
    expect: entityRead(),
  },
  'oncall GET /teams/{namespace}/{name}/now': {
    request: async t => get(`/teams/${t.teamPath}/now`)(),
    expect: read(),
  },
  'oncall GET /interrupts': {
    request: async t => get('/interrupts', { team: t.team })(),
    expect: read(),
  },
  'oncall POST /interrupts': {
    request: async t => ({
      method: 'POST',
      path: '/interrupts',
      body: {
        team: t.team,
        entityRef: t.entityRef,
        title: 'Matrix interrupt',
        category: 'question',
        effortMinutes: 5,
      },
    }),
    expect: memberWrite(201),
  },
  'oncall PATCH /interrupts/{id}': {
    request: async (t, setup) => ({
      method: 'PATCH',
      path: `/interrupts/${await setup.interrupt(t)}`,
      body: { effortMinutes: 15 },
    }),
    expect: memberWrite(200, { cannotRead: [403, 404] }),
  },
  'oncall DELETE /interrupts/{id}': {
    request: async (t, setup) => ({
      method: 'DELETE',
      path: `/interrupts/${await setup.interrupt(t)}`,
    }),
    expect: memberWrite(204, { cannotRead: [403, 404] }),
  },
  'oncall GET /interrupts/{id}/edits': {
    request: async (t, setup) =>
      get(`/interrupts/${await setup.interrupt(t)}/edits`)(),
    // An interrupt about an entity the caller may not read is not there for them.
    expect: entityRead(),
  },
  'oncall GET /teams/{namespace}/{name}/interrupt-stats': {
    request: async t => get(`/teams/${t.teamPath}/interrupt-stats`)(),
    expect: read(),
  },
  'oncall GET /teams/{namespace}/{name}/capacity': {
    request: async t => get(`/teams/${t.teamPath}/capacity`)(),
    expect: read(),
  },
  'oncall PUT /teams/{namespace}/{name}/capacity': {
    request: async t => ({
      method: 'PUT',
      path: `/teams/${t.teamPath}/capacity`,
      body: { people: 3, hoursPerPerson: 20 },
    }),
    expect: memberWrite(200),
  },
};

const OPERATIONS = documentedOperations();
const HIDDEN = confidentialEntities();

describe('the permission matrix', () => {
  it('has a row for every operation of the OpenAPI documents', () => {
    const missing = OPERATIONS.map(op => op.key).filter(key => !MATRIX[key]);
    expect(missing).toEqual([]);
  });

  it('has no row for an operation the documents do not have', () => {
    const documented = new Set(OPERATIONS.map(op => op.key));
    expect(Object.keys(MATRIX).filter(key => !documented.has(key))).toEqual([]);
  });

  it('finds a hidden name or title in an answer, except what the request named', () => {
    const req: PluginRequest = {
      plugin: 'oncall',
      method: 'GET',
      path: '/entities/component/default/fraud-scoring-service/now',
    };
    const answer = (text: string) => ({ status: 404, text, ms: 1 });
    expect(
      leakedEntities(
        HIDDEN,
        req,
        answer('component:default/fraud-scoring-service not found'),
      ),
    ).toEqual([]);
    expect(
      leakedEntities(
        HIDDEN,
        req,
        answer('{"title":"Fraud Scoring Service","system":"fraud-detection"}'),
      ).sort(),
    ).toEqual(['fraud scoring service', 'fraud-detection']);
  });

  it('knows the confidential demo entities', () => {
    expect(HIDDEN.map(entity => entity.ref).sort()).toEqual([
      'api:default/fraud-scoring-api',
      'component:default/fraud-model-trainer',
      'component:default/fraud-scoring-service',
      'resource:default/fraud-features-cache',
      'system:default/fraud-detection',
    ]);
  });
});

const CASES = Object.keys(MATRIX).flatMap(key =>
  SUBJECTS.map(subject => [key, subject] as const),
);

describe.each([...TEST_DATABASE_IDS])(
  'the permission matrix on %s',
  databaseId => {
    let portal: DemoPortal;

    async function created(req: PluginRequest, what: string) {
      const res = await send(portal.baseUrl, req);
      if (res.status !== 201 || typeof res.json?.id !== 'string') {
        throw new Error(`setup: creating ${what}: ${res.status} ${res.text}`);
      }
      return res.json.id as string;
    }

    const setup: Setup = {
      rotation: t =>
        created(
          {
            plugin: 'oncall',
            method: 'POST',
            path: '/rotations',
            authorization: asUser(t.member),
            body: {
              owner: t.team,
              name: `Matrix setup ${randomUUID()}`,
              version: versionFor(t),
            },
          },
          `a rotation of ${t.team}`,
        ),
      override: t =>
        created(
          {
            plugin: 'oncall',
            method: 'POST',
            path: `/rotations/${t.rotation}/overrides`,
            authorization: asUser(t.member),
            body: { user: t.member, start: later(20), end: later(21) },
          },
          `an override of ${t.rotation}`,
        ),
      interrupt: t =>
        created(
          {
            plugin: 'oncall',
            method: 'POST',
            path: '/interrupts',
            authorization: asUser(t.member),
            body: {
              team: t.team,
              entityRef: t.entityRef,
              title: 'Matrix setup interrupt',
              category: 'request',
            },
          },
          `an interrupt of ${t.team}`,
        ),
    };

    beforeAll(async () => {
      portal = await startDemoPortal(databaseId);
    });

    afterAll(async () => {
      await portal?.stop();
    });

    // Without this, a scan that finds nothing could mean there was nothing to find.
    it.each([
      ['maturity', '/rollups', { scope: 'system' }, 'fraud-detection'],
      ['maturity', '/export', undefined, 'fraud-scoring-service'],
      ['oncall', '/interrupts', { team: FRAUD.team }, 'fraud-scoring-service'],
    ] as const)(
      'shows the architect %s %s with the confidential entities',
      async (plugin, path, query, name) => {
        const res = await send(portal.baseUrl, {
          plugin,
          method: 'GET',
          path,
          query,
          authorization: asUser(DEMO_USERS.architect),
        });
        expect(res.status).toBe(200);
        expect(res.text).toContain(name);
      },
    );

    it.each(CASES)('%s as %s', async (key, subject) => {
      const row = MATRIX[key];
      const caller = CALLERS[subject];
      const [plugin, , template] = key.split(' ');
      const req: PluginRequest = {
        ...(await row.request(caller.target, setup)),
        plugin: plugin as PluginRequest['plugin'],
        authorization: caller.authorization,
      };
      expect(matchesTemplate(template, req.path)).toBe(true);

      const res = await send(portal.baseUrl, req);
      const expected = [row.expect[subject]].flat();
      if (!expected.includes(res.status)) {
        throw new Error(
          `expected ${expected.join(' or ')}, got ${
            res.status
          }: ${res.text.slice(0, 400)}`,
        );
      }
      expect({
        // Backstage's error body: a refusal says why.
        message:
          res.status < 400 || typeof res.json?.error?.message === 'string',
        leaked: caller.seesConfidential ? [] : leakedEntities(HIDDEN, req, res),
      }).toEqual({ message: true, leaked: [] });
    });
  },
);

describe('calendar feeds', () => {
  let portal: DemoPortal;

  beforeAll(async () => {
    portal = await startDemoPortal('SQLITE_3');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const feed = (token: string) =>
    send(portal.baseUrl, {
      plugin: 'oncall',
      method: 'GET',
      path: `/feeds/${encodeURIComponent(token)}/calendar.ics`,
    });
  const tokenRequest = (method: string) =>
    send(portal.baseUrl, {
      plugin: 'oncall',
      method,
      path: `/rotations/${PAYMENTS.rotation}/feed-token`,
      authorization: asUser(PAYMENTS.member),
    });

  it('opens with its token only, without e-mail addresses, until revoked', async () => {
    const created = await tokenRequest('POST');
    expect(created.status).toBe(201);
    const token: string = created.json.token;
    // 128 bits at least, whatever the encoding: base64url has 6 bits a character, hex 4.
    expect(token.length).toBeGreaterThanOrEqual(22);

    const open = await feed(token);
    expect(open.status).toBe(200);
    expect(open.text).toContain('BEGIN:VCALENDAR');
    expect(open.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);

    expect((await feed(`${token.slice(0, -1)}x`)).status).toBe(404);
    expect((await tokenRequest('DELETE')).status).toBe(204);
    expect((await feed(token)).status).toBe(404);
  });
});
