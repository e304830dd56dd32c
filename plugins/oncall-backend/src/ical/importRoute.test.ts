import { createTestDatabases } from '@agile-ops/test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { groupEntity, PEOPLE } from '../__testUtils__/catalogEntities';
import { startOncallBackend } from '../__testUtils__/oncallBackend';
import { calendarImports } from './importInWorker';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const TEAM = 'group:default/team-a';

const entities: Entity[] = [
  groupEntity('team-a', { members: [JO] }),
  PEOPLE[0], // Jo, whose e-mail the calendars name
];

const calendar = (uid: string, rule: string) =>
  `${[
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTART:20270104T090000Z',
    'DTEND:20270111T090000Z',
    `RRULE:${rule}`,
    'ATTENDEE:mailto:jo@example.com',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n')}\r\n`;

const body = (ics: string) => ({
  owner: TEAM,
  name: 'Imported PoTW',
  role: 'potw',
  timezone: 'Europe/Berlin',
  from: '2027-01-01T00:00:00Z',
  to: '2027-06-01T00:00:00Z',
  ics,
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'POST /rotations/import on %s',
  databaseId => {
    let server: Parameters<typeof request>[0];

    beforeAll(async () => {
      ({ server } = await startOncallBackend({
        knex: await databases.init(databaseId),
        catalog: entities,
      }));
    });

    const importing = (ics: string) =>
      request(server)
        .post('/api/oncall/rotations/import')
        .set('Authorization', mockCredentials.user.header(JO))
        .send(body(ics));

    it('imports a schedule through the worker thread', async () => {
      const res = await importing(calendar('weekly', 'FREQ=WEEKLY;COUNT=3'));
      expect(res.status).toBe(201);
      const shifts = await request(server)
        .get(`/api/oncall/rotations/${res.body.id}/shifts`)
        .query({ from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' })
        .set('Authorization', mockCredentials.user.header(JO));
      expect(shifts.status).toBe(200);
      expect(
        shifts.body.shifts.map((s: { user: string; start: string }) => [
          s.user,
          s.start,
        ]),
      ).toEqual([
        [JO, '2027-01-04T09:00:00.000Z'],
        [JO, '2027-01-11T09:00:00.000Z'],
        [JO, '2027-01-18T09:00:00.000Z'],
      ]);
    });

    it.each([
      [
        'a rule that never matches',
        'feb-30',
        'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      ],
      [
        'a huge COUNT and INTERVAL',
        'huge',
        'FREQ=DAILY;COUNT=1000000000;INTERVAL=1000000000',
      ],
    ])(
      'answers %s with a 400 naming the UID while other routes keep answering',
      async (_, uid, rule) => {
        const started = Date.now();
        let done = false;
        const probes: number[] = [];
        const probing = (async () => {
          while (!done) {
            const sent = Date.now();
            const probe = await request(server)
              .get('/api/oncall/rotations/x')
              .set('Authorization', mockCredentials.user.header(JO));
            expect(probe.status).toBe(404);
            probes.push(Date.now() - sent);
            await new Promise(resolve => setTimeout(resolve, 50));
          }
        })();
        const res = await importing(calendar(uid, rule));
        const took = Date.now() - started;
        done = true;
        await probing;

        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toBe(
          `ics event ${uid}: expanding its recurrences took longer than the time limit of 1200 ms (a rule that never or too rarely matches, or repeats too often)`,
        );
        // Generous bounds on purpose: they catch a stalled event loop, not a slow machine.
        expect(took).toBeLessThan(2_000);
        expect(probes.length).toBeGreaterThan(2);
        expect(Math.max(...probes)).toBeLessThan(2_000);
        // Nothing was stored.
        const listed = await request(server)
          .get('/api/oncall/teams/default/team-a/rotations')
          .set('Authorization', mockCredentials.user.header(JO));
        expect(
          listed.body.rotations.filter(
            (r: { name: string }) => r.name === 'Imported PoTW',
          ),
        ).toHaveLength(1);
        for (let i = 0; i < 100 && calendarImports.liveWorkers > 0; i += 1) {
          await new Promise(resolve => setTimeout(resolve, 20));
        }
        expect(calendarImports.liveWorkers).toBe(0);
      },
    );
  },
);
