import { createTestDatabases } from '@agile-ops/test-utils';
import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import {
  componentEntity,
  groupEntity,
  userEntity,
} from '../__testUtils__/catalogEntities';
import { startOncallBackend } from '../__testUtils__/oncallBackend';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const SAM = 'user:default/sam';
const FLO = 'user:default/flo'; // in team-a-sub, a sub-group of team-a
const LEE = 'user:default/lee'; // in team-b only; may not read confidential entities
const TEAM = 'group:default/team-a';
const SECRET_TEAM = 'group:default/team-secret';
const SECRET = 'component:default/secret-service';
const PUBLIC = 'component:default/public-service';

const CONFIDENTIAL = { confidential: 'true' };
const entities: Entity[] = [
  groupEntity('team-a', {
    members: [JO, SAM],
    children: ['group:default/team-a-sub'],
  }),
  groupEntity('team-a-sub', { members: [FLO] }),
  groupEntity('team-b', { members: [LEE] }),
  groupEntity('team-secret', { members: [JO], labels: CONFIDENTIAL }),
  componentEntity('public-service', TEAM),
  componentEntity('secret-service', TEAM, { labels: CONFIDENTIAL }),
  ...['jo', 'sam', 'flo', 'lee'].map(name => userEntity(name)),
];

/**
 * The in-memory catalog, answering LEE as a permission policy would: entities labelled
 * confidential are hidden from LEE, as if they did not exist.
 */
function catalogHidingConfidential() {
  const catalog = catalogServiceMock({ entities });
  const hides = (credentials: BackstageCredentials, entity?: Entity) =>
    (credentials.principal as { userEntityRef?: string }).userEntityRef ===
      LEE && entity?.metadata.labels?.confidential === 'true';
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: (): CatalogService => ({
      ...catalog,
      getEntities: (req: any, options: any) =>
        catalog.getEntities(req, options),
      getEntityByRef: async (ref: any, options: any) => {
        const entity = await catalog.getEntityByRef(ref, options);
        return hides(options.credentials, entity) ? undefined : entity;
      },
      getEntitiesByRefs: async (req: any, options: any) => ({
        items: req.entityRefs.map((ref: string) => {
          const entity = byRef.get(ref.toLocaleLowerCase('en-US'));
          return entity && !hides(options.credentials, entity) ? entity : null;
        }),
      }),
    }),
  });
}

const user = (ref = JO) => mockCredentials.user.header(ref);
const HOUR = 3_600_000;
/** Rotations a group may have in this backend: more than team-a's tests make. */
const MAX_ROTATIONS = 5;

const databases = createTestDatabases();

// The rules that keep one team's use of the on-call plugin from reaching into everyone's portal:
// only members are named, the past stays as it was, reads follow catalog visibility, and a
// group's rotations are capped.
describe.each(databases.eachSupportedId())(
  'on-call rules of a shared portal on %s',
  databaseId => {
    let server: Parameters<typeof request>[0];

    beforeAll(async () => {
      ({ server } = await startOncallBackend({
        knex: await databases.init(databaseId),
        catalog: catalogHidingConfidential(),
        oncall: { rotations: { maxPerGroup: MAX_ROTATIONS } },
      }));
    });

    const inHours = (hours: number) =>
      new Date(Date.now() + hours * HOUR).toISOString();
    const version = (participants: string[], effectiveFrom?: string) => ({
      ...(effectiveFrom ? { effectiveFrom } : {}),
      timezone: 'UTC',
      role: 'potw',
      participants,
      handoff: { weekday: 1, time: '09:00' },
      shiftLength: 'P1W',
      startDate: '2026-01-05',
    });
    const createRotation = (
      owner: string,
      participants: string[],
      name = 'PoTW',
    ) =>
      request(server)
        .post('/api/oncall/rotations')
        .set('Authorization', user())
        .send({ owner, name, version: version(participants) });

    it('names only members of the group or of its sub-groups', async () => {
      const ok = await createRotation(TEAM, [JO, FLO]);
      expect(ok.status).toBe(201);

      const outsider = await createRotation(TEAM, [JO, LEE]);
      expect(outsider.status).toBe(400);
      expect(outsider.body.error.message).toBe(
        `version.participants[1]: ${LEE} is not a member of ${TEAM} or of its sub-groups`,
      );

      const newVersion = await request(server)
        .post(`/api/oncall/rotations/${ok.body.id}/versions`)
        .set('Authorization', user())
        .send(version([SAM, LEE]));
      expect(newVersion.status).toBe(400);
      expect(newVersion.body.error.message).toMatch(
        /^participants\[1\]: user:default\/lee is not a member/,
      );

      const override = await request(server)
        .post(`/api/oncall/rotations/${ok.body.id}/overrides`)
        .set('Authorization', user())
        .send({ user: LEE, start: inHours(1), end: inHours(2) });
      expect(override.status).toBe(400);
      expect(override.body.error.message).toMatch(
        /^user: .*lee is not a member/,
      );

      const rotation = await request(server)
        .get(`/api/oncall/rotations/${ok.body.id}`)
        .set('Authorization', user());
      expect(rotation.body.versions).toHaveLength(1);
    });

    it('imports only schedules whose people are members', async () => {
      const ics = (uid: string, person: string) =>
        [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//agile-ops//test//EN',
          'BEGIN:VEVENT',
          `UID:${uid}`,
          'DTSTAMP:20261201T000000Z',
          `DTSTART:${inHours(24).replace(/[-:]|\.\d+/g, '')}`,
          `DTEND:${inHours(48).replace(/[-:]|\.\d+/g, '')}`,
          `X-AGILE-OPS-USER:${person}`,
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n');
      const importAs = (uid: string, person: string) =>
        request(server)
          .post('/api/oncall/rotations/import')
          .set('Authorization', user())
          .send({
            owner: TEAM,
            name: uid,
            role: 'primary',
            timezone: 'UTC',
            ics: ics(uid, person),
          });

      const member = await importAs('sub-group-member', FLO);
      expect(member.status).toBe(201);
      const stranger = await importAs('stranger', LEE);
      expect(stranger.status).toBe(400);
      expect(stranger.body.error.message).toBe(
        `ics: the event stranger names ${LEE}, who is not a member of ${TEAM} or of its sub-groups`,
      );
    });

    it('refuses versions and overrides that would change the past', async () => {
      const { body: rotation } = await createRotation(TEAM, [JO, SAM]);

      const past = await request(server)
        .post(`/api/oncall/rotations/${rotation.id}/versions`)
        .set('Authorization', user())
        .send(version([SAM, JO], inHours(-48)));
      expect(past.status).toBe(400);
      expect(past.body.error.message).toMatch(
        /^effectiveFrom .* is in the past: changes take effect from now/,
      );

      const pastOverride = await request(server)
        .post(`/api/oncall/rotations/${rotation.id}/overrides`)
        .set('Authorization', user())
        .send({ user: SAM, start: inHours(-3), end: inHours(3) });
      expect(pastOverride.status).toBe(400);
      expect(pastOverride.body.error.message).toMatch(
        /^start .* is in the past/,
      );

      const future = await request(server)
        .post(`/api/oncall/rotations/${rotation.id}/versions`)
        .set('Authorization', user())
        .send(version([SAM, JO], inHours(24)));
      expect(future.status).toBe(201);
      expect(future.body.versions).toHaveLength(2);
    });

    it('removes an override still to come and cuts a running one short at now', async () => {
      const { body: rotation } = await createRotation(TEAM, [JO, SAM]);
      const make = async (start: string, end: string) =>
        (
          await request(server)
            .post(`/api/oncall/rotations/${rotation.id}/overrides`)
            .set('Authorization', user())
            .send({ user: FLO, start, end })
        ).body;
      const list = async () => {
        const res = await request(server)
          .get(`/api/oncall/rotations/${rotation.id}/overrides`)
          .query({ from: inHours(-1), to: inHours(100) })
          .set('Authorization', user());
        expect(res.body.error).toBeUndefined();
        return res.body.overrides;
      };

      // A start a moment ago counts as now (clock skew), so this override is running.
      const running = await make(
        new Date(Date.now() - 1000).toISOString(),
        inHours(5),
      );
      const later = await make(inHours(10), inHours(20));
      expect((await list()).map((o: { id: string }) => o.id)).toEqual([
        running.id,
        later.id,
      ]);

      const removeLater = await request(server)
        .delete(`/api/oncall/rotations/${rotation.id}/overrides/${later.id}`)
        .set('Authorization', user());
      expect(removeLater.status).toBe(204);

      const before = Date.now();
      const cut = await request(server)
        .delete(`/api/oncall/rotations/${rotation.id}/overrides/${running.id}`)
        .set('Authorization', user());
      expect(cut.status).toBe(204);
      const [kept, ...rest] = await list();
      expect(rest).toEqual([]);
      expect(kept.id).toBe(running.id);
      expect(kept.start).toBe(running.start);
      expect(Date.parse(kept.end)).toBeGreaterThanOrEqual(before - 1);
      expect(Date.parse(kept.end)).toBeLessThan(Date.parse(running.end));

      // Once over, it stays as a record.
      const again = await request(server)
        .delete(`/api/oncall/rotations/${rotation.id}/overrides/${running.id}`)
        .set('Authorization', user());
      expect(again.status).toBe(400);
      expect(again.body.error.message).toMatch(
        /the past keeps who was on duty/,
      );
    });

    it('keeps who changed an interrupt, what and when, also after it is deleted', async () => {
      const created = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user())
        .send({ team: TEAM, title: 'Queue stuck', category: 'incident' });
      expect(created.status).toBe(201);
      const id = created.body.id;

      const patched = await request(server)
        .patch(`/api/oncall/interrupts/${id}`)
        .set('Authorization', user(SAM))
        .send({ title: 'Queue stuck again', effortMinutes: 30 });
      expect(patched.status).toBe(200);
      const removed = await request(server)
        .delete(`/api/oncall/interrupts/${id}`)
        .set('Authorization', user());
      expect(removed.status).toBe(204);

      const edits = await request(server)
        .get(`/api/oncall/interrupts/${id}/edits`)
        .set('Authorization', user());
      expect(edits.status).toBe(200);
      expect(
        edits.body.edits.map((e: { action: string; changedBy: string }) => [
          e.action,
          e.changedBy,
        ]),
      ).toEqual([
        ['update', SAM],
        ['delete', JO],
      ]);
      expect(edits.body.edits[0].changes).toEqual({
        title: { from: 'Queue stuck', to: 'Queue stuck again' },
        effortMinutes: { from: null, to: 30 },
      });
      expect(edits.body.edits[1].changes.title).toEqual({
        from: 'Queue stuck again',
        to: null,
      });
      // Someone who may not read the team's interrupts gets no edits either.
      const hidden = await request(server)
        .get(`/api/oncall/interrupts/unknown/edits`)
        .set('Authorization', user());
      expect(hidden.status).toBe(404);
    });

    it('lists the edits of an interrupt with before and after', async () => {
      const created = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user())
        .send({ team: TEAM, title: 'Disk full', category: 'alert' });
      const id = created.body.id;
      await request(server)
        .patch(`/api/oncall/interrupts/${id}`)
        .set('Authorization', user(SAM))
        .send({ category: 'incident', effortMinutes: 15 });
      const edits = await request(server)
        .get(`/api/oncall/interrupts/${id}/edits`)
        .set('Authorization', user());
      expect(edits.status).toBe(200);
      expect(edits.body.edits).toEqual([
        {
          interruptId: id,
          action: 'update',
          changes: {
            category: { from: 'alert', to: 'incident' },
            effortMinutes: { from: null, to: 15 },
          },
          changedBy: SAM,
          changedAt: expect.any(String),
        },
      ]);
    });

    it('answers reads only with what the caller may read in the catalog', async () => {
      const { body: secretRotation } = await createRotation(SECRET_TEAM, [JO]);
      expect(secretRotation.id).toBeDefined();
      for (const entityRef of [SECRET, PUBLIC]) {
        const logged = await request(server)
          .post('/api/oncall/interrupts')
          .set('Authorization', user())
          .send({
            team: TEAM,
            entityRef,
            title: `About ${entityRef}`,
            category: 'request',
          });
        expect(logged.status).toBe(201);
      }

      // JO may read everything; LEE may not read the confidential entities.
      const asJo = await request(server)
        .get('/api/oncall/interrupts')
        .query({ team: TEAM })
        .set('Authorization', user());
      expect(JSON.stringify(asJo.body)).toContain(SECRET);
      const asLee = await request(server)
        .get('/api/oncall/interrupts')
        .query({ team: TEAM })
        .set('Authorization', user(LEE));
      expect(asLee.status).toBe(200);
      expect(JSON.stringify(asLee.body)).toContain(PUBLIC);
      expect(JSON.stringify(asLee.body)).not.toContain('secret');

      for (const path of [
        `/api/oncall/rotations/${secretRotation.id}`,
        `/api/oncall/rotations/${secretRotation.id}/shifts`,
        `/api/oncall/rotations/${secretRotation.id}/overrides`,
        `/api/oncall/rotations/${secretRotation.id}/handoffs`,
        '/api/oncall/teams/default/team-secret/rotations',
        '/api/oncall/teams/default/team-secret/now',
        '/api/oncall/teams/default/team-secret/capacity',
        '/api/oncall/teams/default/team-secret/interrupt-stats',
        '/api/oncall/entities/component/default/secret-service/now',
      ]) {
        const hidden = await request(server)
          .get(path)
          .set('Authorization', user(LEE));
        expect({ path, status: hidden.status }).toEqual({ path, status: 404 });
        // Only the error: nothing of the rotation or the team comes back.
        expect(Object.keys(hidden.body).sort()).toEqual([
          'error',
          'request',
          'response',
        ]);
        const seen = await request(server)
          .get(path)
          .set('Authorization', user());
        expect({ path, status: seen.status }).toEqual({ path, status: 200 });
      }

      // An interrupt about a hidden entity cannot be logged by someone who cannot see it.
      const blind = await request(server)
        .post('/api/oncall/interrupts')
        .set('Authorization', user(LEE))
        .send({
          team: 'group:default/team-b',
          entityRef: SECRET,
          title: 'x',
          category: 'other',
        });
      expect(blind.status).toBe(400);
      expect(blind.body.error.message).toBe(
        `entityRef: no entity ${SECRET} in the catalog`,
      );
    });

    it('caps the rotations of a group', async () => {
      const team = 'group:default/team-b';
      for (let n = 1; n <= MAX_ROTATIONS; n++) {
        const name = `rotation ${n}`;
        const res = await request(server)
          .post('/api/oncall/rotations')
          .set('Authorization', user(LEE))
          .send({ owner: team, name, version: version([LEE]) });
        expect(res.status).toBe(201);
      }
      const fourth = await request(server)
        .post('/api/oncall/rotations')
        .set('Authorization', user(LEE))
        .send({ owner: team, name: 'four', version: version([LEE]) });
      expect(fourth.status).toBe(400);
      expect(fourth.body.error.message).toMatch(
        /^owner group:default\/team-b already has 5 rotations.*oncall\.rotations\.maxPerGroup is 5/,
      );
    });
  },
);
