import {
  createTestDatabases,
  RecordedAuditEvent,
  rowCounts,
  TestKnex,
} from '@agile-ops/test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  componentEntity,
  groupEntity,
  PEOPLE,
} from '../__testUtils__/catalogEntities';
import { startOncallBackend } from '../__testUtils__/oncallBackend';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const SAM = 'user:default/sam';
const KIM = 'user:default/kim';
const ADMIN = 'user:default/admin';
const TEAM = 'group:default/team-a';
const IMPORT = '/api/oncall/import';

const entities: Entity[] = [
  groupEntity('team-a', { members: [JO, SAM] }),
  groupEntity('team-b', { members: [KIM] }),
  componentEntity('api', TEAM),
  ...PEOPLE,
];

const TABLES = [
  'oncall_rotations',
  'oncall_rotation_versions',
  'oncall_interrupts',
];

/** A weekly PoTW of team-a from Monday 5 January 2026, 09:00 in Berlin: Jo, then Sam. */
const rotation = (id: string, extra: object = {}) => ({
  id,
  owner: TEAM,
  name: `PoTW ${id}`,
  version: {
    timezone: 'Europe/Berlin',
    role: 'potw',
    participants: [JO, SAM],
    handoff: { weekday: 1, time: '09:00' },
    shiftLength: 'P1W',
    startDate: '2026-01-05',
  },
  ...extra,
});

/** An interrupt of team-a received in the second week of that rotation (Sam's). */
const interrupt = (extra: object = {}) => ({
  id: randomUUID(),
  team: TEAM,
  title: 'Export stuck',
  category: 'incident',
  receivedAt: '2026-01-13T10:00:00Z',
  ...extra,
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('POST /import on %s', databaseId => {
  let server: Parameters<typeof request>[0];
  let knex: TestKnex;
  let auditEvents: RecordedAuditEvent[];

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server, auditEvents } = await startOncallBackend({
      knex,
      catalog: entities,
      // The admin stands for whoever the policy lets import; services are let through.
      allows: caller => caller === undefined || caller === ADMIN,
    }));
  });

  const send = (
    body: object,
    authorization = mockCredentials.user.header(ADMIN),
  ) =>
    request(server).post(IMPORT).set('Authorization', authorization).send(body);
  const counts = () => rowCounts(knex, TABLES);

  it('stores rotations and interrupts as given, triaged by the imported PoTW, once', async () => {
    const id = randomUUID().toUpperCase();
    const body = {
      rotations: [rotation('tool-a-potw', { createdBy: KIM })],
      interrupts: [
        interrupt({
          id,
          entityRef: 'component:default/api',
          effortMinutes: 90,
          resolvedAt: '2026-01-13T12:00:00Z',
        }),
      ],
    };
    const before = auditEvents.length;

    const res = await send(body);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      rotations: { imported: 1, skipped: 0 },
      interrupts: { imported: 1, skipped: 0 },
    });
    const stored = await request(server)
      .get('/api/oncall/rotations/tool-a-potw')
      .set('Authorization', mockCredentials.user.header(JO));
    expect(stored.body).toMatchObject({
      owner: TEAM,
      name: 'PoTW tool-a-potw',
      source: 'rules',
      createdBy: KIM,
    });
    // The rules were in force from the start of the start date, Berlin midnight.
    expect(stored.body.versions).toEqual([
      {
        ...body.rotations[0].version,
        effectiveFrom: '2026-01-04T23:00:00.000Z',
      },
    ]);
    const ledger = await request(server)
      .get('/api/oncall/interrupts')
      .query({ team: TEAM })
      .set('Authorization', mockCredentials.user.header(JO));
    expect(ledger.body.interrupts).toEqual([
      {
        id: id.toLowerCase(),
        team: TEAM,
        entityRef: 'component:default/api',
        title: 'Export stuck',
        category: 'incident',
        receivedAt: '2026-01-13T10:00:00.000Z',
        triagedBy: SAM,
        effortMinutes: 90,
        resolvedAt: '2026-01-13T12:00:00.000Z',
        source: 'import',
        createdBy: ADMIN,
      },
    ]);
    const audit = auditEvents.slice(before);
    expect(audit.map(e => e.options)).toEqual([
      expect.objectContaining({
        eventId: 'oncall-import',
        meta: { rotations: 1, interrupts: 1, actor: ADMIN },
      }),
    ]);
    expect(audit[0].success).toHaveBeenCalledWith({
      meta: {
        rotations: { imported: 1, skipped: 0 },
        interrupts: { imported: 1, skipped: 0 },
      },
    });

    // Sent again, with the id spelt in lower case: everything is there already.
    const again = await send({
      ...body,
      interrupts: [{ ...body.interrupts[0], id: id.toLowerCase() }],
    });
    expect(again.body).toEqual({
      rotations: { imported: 0, skipped: 1 },
      interrupts: { imported: 0, skipped: 1 },
    });
    expect(await counts()).toEqual({
      oncall_rotations: 1,
      oncall_rotation_versions: 1,
      oncall_interrupts: 1,
    });

    // A deleted interrupt stays deleted when the same import comes again.
    const removed = await request(server)
      .delete(`/api/oncall/interrupts/${id.toLowerCase()}`)
      .set('Authorization', mockCredentials.user.header(ADMIN));
    expect(removed.status).toBe(204);
    expect((await send(body)).body.interrupts).toEqual({
      imported: 0,
      skipped: 1,
    });
    expect((await counts()).oncall_interrupts).toBe(0);
  });

  it('stores the same items sent twice at once once, and answers both', async () => {
    // Two replicas starting at once send the demo's data at the same moment.
    const body = {
      rotations: [rotation('at-once')],
      interrupts: [interrupt(), interrupt()],
    };
    const before = await counts();

    const answers = await Promise.all([send(body), send(body)]);

    expect(answers.map(res => res.status)).toEqual([200, 200]);
    const total = (kind: 'rotations' | 'interrupts') =>
      answers
        .map(res => res.body[kind])
        .sort((a, b) => b.imported - a.imported);
    expect(total('rotations')).toEqual([
      { imported: 1, skipped: 0 },
      { imported: 0, skipped: 1 },
    ]);
    expect(total('interrupts')).toEqual([
      { imported: 2, skipped: 0 },
      { imported: 0, skipped: 2 },
    ]);
    expect(await counts()).toEqual({
      oncall_rotations: before.oncall_rotations + 1,
      oncall_rotation_versions: before.oncall_rotation_versions + 1,
      oncall_interrupts: before.oncall_interrupts + 2,
    });
  });

  it('lets a service import, naming who made each item', async () => {
    const service = mockCredentials.service.header();
    const item = interrupt({ team: 'group:default/team-b', title: 'Other' });

    const unnamed = await send({ interrupts: [item] }, service);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.message).toBe(
      'interrupts[0].createdBy is required when a service imports: name the user who made it',
    );

    const named = await send(
      { interrupts: [{ ...item, createdBy: KIM }] },
      service,
    );
    expect(named.status).toBe(200);
    expect(named.body.interrupts).toEqual({ imported: 1, skipped: 0 });
    const ledger = await request(server)
      .get('/api/oncall/interrupts')
      .query({ team: 'group:default/team-b' })
      .set('Authorization', mockCredentials.user.header(KIM));
    expect(ledger.body.interrupts).toEqual([
      expect.objectContaining({
        id: item.id,
        createdBy: KIM,
        source: 'import',
      }),
    ]);
    // team-b has no PoTW rotation: nobody triaged it.
    expect(ledger.body.interrupts[0]).not.toHaveProperty('triagedBy');
  });

  it('refuses a caller without the import permission and stores nothing', async () => {
    const before = await counts();
    const res = await send(
      { rotations: [rotation('not-allowed')], interrupts: [interrupt()] },
      mockCredentials.user.header(JO),
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'You may not import rotations and interrupts',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses an anonymous caller', async () => {
    const res = await request(server)
      .post(IMPORT)
      .send({ interrupts: [interrupt()] });
    expect(res.status).toBe(401);
  });

  const later = rotation('later');
  it.each<[string, object, RegExp]>([
    [
      'an empty request',
      {},
      /^rotations or interrupts must hold at least one item$/,
    ],
    [
      'more than 500 items in all',
      {
        rotations: [rotation('r-1')],
        interrupts: Array.from({ length: 500 }, () => interrupt()),
      },
      /^rotations and interrupts hold 501 items, more than the 500 one import may have/,
    ],
    [
      'an unknown category',
      { interrupts: [interrupt(), interrupt({ category: 'gossip' })] },
      /^request\/body\/interrupts\/1\/category must be equal to one of the allowed values/,
    ],
    [
      'a bad time zone in a later rotation',
      {
        rotations: [
          rotation('first'),
          { ...later, version: { ...later.version, timezone: 'Mars/Base' } },
        ],
      },
      /^rotations\[1\]\.version\.timezone/,
    ],
    [
      'a rotation id used twice',
      { rotations: [rotation('twice'), rotation('twice')] },
      /^rotations\[1\]\.id "twice" is also the id of rotations\[0\]$/,
    ],
    [
      'an owner the catalog does not have',
      {
        interrupts: [interrupt()],
        rotations: [rotation('x', { owner: 'group:default/gone' })],
      },
      /^rotations\[0\]\.owner names no group in the catalog: group:default\/gone$/,
    ],
    [
      'an owner that is no group',
      { rotations: [rotation('x', { owner: JO })] },
      /^rotations\[0\]\.owner must be a group entity ref/,
    ],
    [
      'an entity the catalog does not have',
      {
        interrupts: [
          interrupt(),
          interrupt({ entityRef: 'component:default/gone' }),
        ],
      },
      /^interrupts\[1\]\.entityRef names no entity in the catalog: component:default\/gone$/,
    ],
    [
      'someone on duty who is not a member',
      {
        rotations: [
          {
            ...later,
            version: { ...later.version, participants: [JO, KIM] },
          },
        ],
      },
      /^rotations\[0\]\.version\.participants\[1\]: user:default\/kim is not a member of group:default\/team-a/,
    ],
    [
      'an interrupt received in the future',
      { interrupts: [interrupt({ receivedAt: '2999-01-01T00:00:00Z' })] },
      /^interrupts\[0\]\.receivedAt must not be in the future/,
    ],
    [
      'a resolution before the interrupt came in',
      { interrupts: [interrupt({ resolvedAt: '2026-01-13T09:00:00Z' })] },
      /^interrupts\[0\]\.resolvedAt must not be before interrupts\[0\]\.receivedAt$/,
    ],
    [
      'more rotations than a group may have',
      {
        rotations: Array.from({ length: 21 }, (_, i) => rotation(`many-${i}`)),
      },
      /^rotations\[\d+\]\.owner group:default\/team-a would have 21 rotations, more than the 20/,
    ],
  ])(
    'answers %s with a 400 naming the field and stores none of the batch',
    async (_case, body, message) => {
      const before = await counts();
      const res = await send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await counts()).toEqual(before);
    },
  );
});
