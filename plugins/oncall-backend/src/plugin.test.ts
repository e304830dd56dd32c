import { createTestDatabases, RecordedAuditEvent } from '@agile-ops/test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import {
  componentEntity,
  groupEntity,
  PEOPLE,
} from './__testUtils__/catalogEntities';
import { startOncallBackend } from './__testUtils__/oncallBackend';
import { version } from './__testUtils__/storeFixtures';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const SAM = 'user:default/sam';
const KIM = 'user:default/kim';
const TEAM = 'group:default/team-a';

const entities: Entity[] = [
  groupEntity('team-a', {
    members: [JO, SAM, KIM],
    annotations: {
      'agile-ops/oncall-capacity-hours': '100',
      'agile-ops/lead': KIM,
    },
  }),
  groupEntity('team-b'),
  componentEntity('api', TEAM),
  componentEntity('borrowed', 'group:default/team-b', {
    annotations: { 'agile-ops/oncall-team': TEAM },
  }),
  componentEntity('orphan', JO),
  ...PEOPLE,
];

const user = (ref = JO) => mockCredentials.user.header(ref);

// A weekly PoTW in Berlin: Jo from Monday 5 January 2026 09:00 local, then Sam, and so on;
// sent without milliseconds, which the stored version has.
const potwVersion = version({
  effectiveFrom: '2026-01-01T00:00:00Z',
  participants: [JO, SAM],
});

const databases = createTestDatabases();

// Versions and overrides take effect from now on, so these tests run on a clock set before the
// rotations they make start (only Date is faked; timers, the database and HTTP run as usual).
// A test asking who is on duty moves the clock on with jest.setSystemTime.
const BEFORE_START = new Date('2025-12-31T00:00:00Z');
const ONLY_DATE = {
  now: BEFORE_START,
  doNotFake: [
    'hrtime',
    'nextTick',
    'performance',
    'queueMicrotask',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
    'setImmediate',
    'clearImmediate',
    'setInterval',
    'clearInterval',
    'setTimeout',
    'clearTimeout',
  ] as const,
};

describe.each(databases.eachSupportedId())(
  'oncall plugin on %s',
  databaseId => {
    let server: Parameters<typeof request>[0];
    let auditEvents: RecordedAuditEvent[];
    let denyAll = false;

    beforeAll(async () => {
      ({ server, auditEvents } = await startOncallBackend({
        knex: await databases.init(databaseId),
        catalog: entities,
        allows: () => !denyAll,
        oncall: {
          iterations: { anchor: '2026-01-05', timezone: 'Europe/Berlin' },
        },
      }));
    });

    beforeEach(() => {
      jest.useFakeTimers({ ...ONLY_DATE, doNotFake: [...ONLY_DATE.doNotFake] });
    });

    afterEach(() => {
      denyAll = false;
      jest.useRealTimers();
    });

    async function createPotw(name = 'PoTW') {
      const res = await request(server)
        .post('/api/oncall/rotations')
        .set('Authorization', user())
        .send({ owner: TEAM, name, version: potwVersion });
      expect(res.status).toBe(201);
      return res.body as { id: string };
    }

    it('creates a rotation and lists it for the team', async () => {
      const before = auditEvents.length;
      const rotation = await createPotw('A PoTW');
      expect(rotation).toMatchObject({
        owner: TEAM,
        name: 'A PoTW',
        role: 'potw',
        timezone: 'Europe/Berlin',
        source: 'rules',
        createdBy: JO,
        versions: [
          { ...potwVersion, effectiveFrom: '2026-01-01T00:00:00.000Z' },
        ],
      });
      const audit = auditEvents.slice(before);
      expect(audit.map(e => e.options.eventId)).toEqual(['rotation-create']);
      expect(audit[0].success).toHaveBeenCalled();

      const list = await request(server)
        .get('/api/oncall/teams/default/team-a/rotations')
        .set('Authorization', user(KIM));
      expect(list.status).toBe(200);
      expect(list.body.rotations.map((r: { id: string }) => r.id)).toContain(
        rotation.id,
      );
    });

    it('computes shifts that keep 09:00 Berlin time across the spring change', async () => {
      const { id } = await createPotw();
      // Instants as people type them, not URL-encoded (`allowReserved` in the document).
      const res = await request(server)
        .get(
          `/api/oncall/rotations/${id}/shifts?from=2026-03-23T08:00:00Z&to=2026-04-06T07:00:00Z`,
        )
        .set('Authorization', user());
      expect(res.status).toBe(200);
      // 23 March is 11 weeks after 5 January, an odd turn: Sam's. 23 March 09:00 CET is 08:00Z;
      // 30 March 09:00 CEST is 07:00Z.
      expect(
        res.body.shifts.map(
          (s: { user: string; start: string; end: string }) => [
            s.user,
            s.start,
            s.end,
          ],
        ),
      ).toEqual([
        [SAM, '2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z'],
        [JO, '2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z'],
      ]);
      expect(res.body.gaps).toEqual([]);
    });

    it('answers now for a component through its owner, with escalation to the lead', async () => {
      await createPotw();
      jest.setSystemTime(new Date('2026-01-12T12:00:00Z'));
      const res = await request(server)
        .get('/api/oncall/entities/component/default/api/now')
        .set('Authorization', user());
      expect(res.status).toBe(200);
      expect(res.body.team).toBe(TEAM);
      expect(res.body.resolvedVia).toBe('owner');
      const potw = res.body.roles.find(
        (r: { role: string }) => r.role === 'potw',
      );
      expect([JO, SAM]).toContain(potw.user);
      expect(potw.next.user).toBe(potw.user === JO ? SAM : JO);
      expect(potw.until).toBe(potw.next.at);
      expect(res.body.escalation[res.body.escalation.length - 1]).toBe(KIM);
    });

    it('follows the oncall-team annotation and reports entities without a team', async () => {
      const borrowed = await request(server)
        .get('/api/oncall/entities/component/default/borrowed/now')
        .set('Authorization', user());
      expect(borrowed.body).toMatchObject({
        team: TEAM,
        resolvedVia: 'annotation',
      });

      const orphan = await request(server)
        .get('/api/oncall/entities/component/default/orphan/now')
        .set('Authorization', user());
      expect(orphan.body).toEqual({
        entityRef: 'component:default/orphan',
        team: null,
        resolvedVia: null,
        roles: [],
        escalation: [],
      });

      const missing = await request(server)
        .get('/api/oncall/entities/component/default/nope/now')
        .set('Authorization', user());
      expect(missing.status).toBe(404);
    });

    it('lets an override win and lists it', async () => {
      const { id } = await createPotw();
      const created = await request(server)
        .post(`/api/oncall/rotations/${id}/overrides`)
        .set('Authorization', user(SAM))
        .send({
          user: KIM,
          start: '2026-02-02T08:00:00Z',
          end: '2026-02-03T08:00:00Z',
          replaces: JO,
          reason: 'dentist',
        });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        user: KIM,
        createdBy: SAM,
        replaces: JO,
      });

      const shifts = await request(server)
        .get(`/api/oncall/rotations/${id}/shifts`)
        .query({ from: '2026-02-02T08:00:00Z', to: '2026-02-04T08:00:00Z' })
        .set('Authorization', user());
      expect(
        shifts.body.shifts.map((s: { user: string; source: string }) => [
          s.user,
          s.source,
        ]),
      ).toEqual([
        [KIM, 'override'],
        // 2 February is four weeks after 5 January: Jo's week goes on after the override.
        [JO, 'rotation'],
      ]);

      const listed = await request(server)
        .get(`/api/oncall/rotations/${id}/overrides`)
        .query({ from: '2026-02-01T00:00:00Z', to: '2026-02-10T00:00:00Z' })
        .set('Authorization', user());
      expect(listed.body.overrides.map((o: { id: string }) => o.id)).toEqual([
        created.body.id,
      ]);

      const removed = await request(server)
        .delete(`/api/oncall/rotations/${id}/overrides/${created.body.id}`)
        .set('Authorization', user());
      expect(removed.status).toBe(204);
      const again = await request(server)
        .delete(`/api/oncall/rotations/${id}/overrides/${created.body.id}`)
        .set('Authorization', user());
      expect(again.status).toBe(404);
    });

    it('gives signed-in users the iCal calendar, and nobody else (feeds.test.ts has the feed URLs)', async () => {
      const { id } = await createPotw();
      const path = `/api/oncall/rotations/${id}/calendar.ics`;
      const window = {
        from: '2026-01-05T08:00:00Z',
        to: '2026-01-19T08:00:00Z',
      };
      expect((await request(server).get(path).query(window)).status).toBe(401);
      const res = await request(server)
        .get(path)
        .query(window)
        .set('Authorization', user(KIM));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.text).toContain('BEGIN:VCALENDAR');
      expect(res.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      expect(res.text).toContain('Jo Doe');
    });

    it('records interrupts with the PoTW of the moment and counts them in the share', async () => {
      const { id } = await createPotw('Stats PoTW');
      void id;
      const created = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user(SAM))
        .send({
          team: TEAM,
          entityRef: 'component:default/api',
          title: 'Disk full',
          category: 'incident',
          // Monday 12 January 2026 10:00 Berlin: the second week, Sam's.
          receivedAt: '2026-01-12T09:00:00Z',
          effortMinutes: 600,
        });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        team: TEAM,
        triagedBy: SAM,
        source: 'manual',
        createdBy: SAM,
      });

      const stats = await request(server)
        .get('/api/oncall/teams/default/team-a/interrupt-stats')
        .query({ from: '2026-01-05T00:00:00Z', to: '2026-01-19T00:00:00Z' })
        .set('Authorization', user());
      expect(stats.status).toBe(200);
      expect(stats.body.capacity).toEqual({
        hoursPerIteration: 100,
        source: 'annotation',
      });
      const first = stats.body.iterations[0];
      // 600 minutes against 100 h = 6,000 minutes.
      expect(first.interruptMinutes).toBeGreaterThanOrEqual(600);
      expect(first.share).toBeCloseTo(first.interruptMinutes / 6000);
      expect(first.byCategory.incident.count).toBeGreaterThanOrEqual(1);

      const resolved = await request(server)
        .patch(`/api/oncall/interrupts/${created.body.id}`)
        .set('Authorization', user())
        .send({ resolvedAt: '2026-01-12T11:00:00Z', effortMinutes: null });
      expect(resolved.status).toBe(200);
      expect(resolved.body.resolvedAt).toBe('2026-01-12T11:00:00.000Z');
      expect(resolved.body.effortMinutes).toBeUndefined();

      const open = await request(server)
        .get('/api/oncall/interrupts')
        .query({ team: TEAM, open: true })
        .set('Authorization', user());
      expect(
        open.body.interrupts.map((i: { id: string }) => i.id),
      ).not.toContain(created.body.id);
    });

    it('stores the self-service source of an interrupt and refuses import', async () => {
      const body = {
        team: TEAM,
        title: 'Restart requested',
        category: 'request',
      };
      const created = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user())
        .send({ ...body, source: 'self-service' });
      expect(created.status).toBe(201);
      expect(created.body.source).toBe('self-service');
      const listed = await request(server)
        .get('/api/oncall/interrupts')
        .query({ team: TEAM })
        .set('Authorization', user());
      expect(
        listed.body.interrupts.find(
          (i: { id: string }) => i.id === created.body.id,
        ),
      ).toMatchObject({ source: 'self-service' });

      const before = auditEvents.length;
      const imported = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user())
        .send({ ...body, source: 'import' });
      expect(imported.status).toBe(400);
      expect(imported.body.error.name).toBe('InputError');
      expect(imported.body.error.message).toMatch(/source/);
      // Refused before anything is stored or audited.
      expect(auditEvents.length).toBe(before);
    });

    it('lets the team set its capacity in the portal', async () => {
      const res = await request(server)
        .put('/api/oncall/teams/default/team-a/capacity')
        .set('Authorization', user())
        .send({ people: 4, hoursPerPerson: 60 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        hoursPerIteration: 240,
        source: 'portal',
        people: 4,
        hoursPerPerson: 60,
      });
    });

    it.each([
      [
        'a bad time zone',
        {
          owner: TEAM,
          name: 'x',
          version: { ...potwVersion, timezone: 'Mars/Base' },
        },
        /version\.timezone/,
      ],
      [
        'a participant that is not a user',
        {
          owner: TEAM,
          name: 'x',
          version: { ...potwVersion, participants: [TEAM] },
        },
        /version\.participants\[0\]/,
      ],
      [
        'an owner that is not a group',
        { owner: JO, name: 'x', version: potwVersion },
        /owner/,
      ],
      [
        'a shift shorter than an hour',
        {
          owner: TEAM,
          name: 'x',
          version: { ...potwVersion, shiftLength: 'PT30M' },
        },
        /version\.shiftLength/,
      ],
      ['a missing version', { owner: TEAM, name: 'x' }, /version/],
    ])(
      'refuses a rotation with %s with a 400 naming the field',
      async (_l, body, message) => {
        const before = await request(server)
          .get('/api/oncall/teams/default/team-a/rotations')
          .set('Authorization', user());
        const res = await request(server)
          .post('/api/oncall/rotations')
          .set('Authorization', user())
          .send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        const after = await request(server)
          .get('/api/oncall/teams/default/team-a/rotations')
          .set('Authorization', user());
        expect(after.body.rotations).toHaveLength(before.body.rotations.length);
      },
    );

    it('refuses an override that ends before it starts', async () => {
      const { id } = await createPotw();
      const res = await request(server)
        .post(`/api/oncall/rotations/${id}/overrides`)
        .set('Authorization', user())
        .send({
          user: KIM,
          start: '2026-02-03T08:00:00Z',
          end: '2026-02-02T08:00:00Z',
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^end must be after start/);
    });

    it('refuses writes without a signed-in user', async () => {
      const res = await request(server)
        .post('/api/oncall/interrupts')
        .send({ team: TEAM, title: 'x', category: 'other' });
      expect(res.status).toBe(401);
      const read = await request(server).get(
        '/api/oncall/teams/default/team-a/rotations',
      );
      expect(read.status).toBe(401);
    });

    it('refuses writes the permission policy denies, audited as failures', async () => {
      denyAll = true;
      const before = auditEvents.length;
      const res = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user())
        .send({ team: TEAM, title: 'x', category: 'other' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('oncall.interrupt.create');
      const audit = auditEvents.slice(before);
      expect(audit.map(e => e.options.eventId)).toEqual(['interrupt-create']);
      expect(audit[0].fail).toHaveBeenCalled();
    });

    it('answers 404 for unknown rotations and interrupts', async () => {
      for (const path of [
        '/api/oncall/rotations/unknown',
        '/api/oncall/rotations/unknown/shifts',
        '/api/oncall/rotations/unknown/calendar.ics',
      ]) {
        const res = await request(server)
          .get(path)
          .set('Authorization', user());
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
      }
      const patch = await request(server)
        .patch('/api/oncall/interrupts/unknown')
        .set('Authorization', user())
        .send({ title: 'x' });
      expect(patch.status).toBe(404);
    });

    it('refuses a shifts window longer than allowed, naming the field', async () => {
      const { id } = await createPotw();
      const res = await request(server)
        .get(`/api/oncall/rotations/${id}/shifts`)
        .query({ from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' })
        .set('Authorization', user());
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^to must be/);
    });
  },
);
