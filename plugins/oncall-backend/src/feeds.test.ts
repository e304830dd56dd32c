import { createTestDatabases } from '@agile-ops/test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { groupEntity, PEOPLE } from './__testUtils__/catalogEntities';
import { startOncallBackend } from './__testUtils__/oncallBackend';
import { versionFromNow } from './__testUtils__/storeFixtures';

jest.setTimeout(120_000);

const JO = 'user:default/jo';
const SAM = 'user:default/sam';
const KIM = 'user:default/kim';
const TEAM = 'group:default/team-a';
const MEMBERS = new Set([JO, SAM]);

const entities: Entity[] = [
  groupEntity('team-a', { members: [JO, SAM] }),
  ...PEOPLE,
];

const user = (ref = JO) => mockCredentials.user.header(ref);

/** Two weeks from the hour: parts of two or three weekly shifts, Jo's and Sam's. */
const HOUR = Math.floor(Date.now() / 3_600_000) * 3_600_000;
const WINDOW = {
  from: new Date(HOUR).toISOString(),
  to: new Date(HOUR + 14 * 86_400_000).toISOString(),
};

const databases = createTestDatabases();

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe.each(databases.eachSupportedId())(
  'calendar feeds on %s',
  databaseId => {
    /** A backend whose policy lets members of team-a manage its rotations, as the portal's. */
    async function startBackend(feeds?: { includeEmails: boolean }) {
      const knex = await databases.init(databaseId);
      const { server, auditEvents } = await startOncallBackend({
        knex,
        catalog: entities,
        allows: caller => caller !== undefined && MEMBERS.has(caller),
        oncall: { ...(feeds && { feeds }) },
      });
      const created = await request(server)
        .post('/api/oncall/rotations')
        .set('Authorization', user())
        .send({
          owner: TEAM,
          name: 'Team A PoTW',
          version: versionFromNow({ participants: [JO, SAM] }),
        });
      expect(created.status).toBe(201);
      return {
        server,
        knex,
        auditEvents,
        rotationId: created.body.id as string,
      };
    }

    type Server = Parameters<typeof request>[0];

    async function issue(server: Server, rotationId: string, as = JO) {
      return request(server)
        .post(`/api/oncall/rotations/${rotationId}/feed-token`)
        .set('Authorization', user(as));
    }

    /**
     * The feed at the path of a feed URL, fetched as a calendar app would (no credentials),
     * with its folded lines unfolded so text checks cannot miss a split value.
     */
    async function fetchFeed(server: Server, feedUrl: string) {
      const res = await request(server)
        .get(new URL(feedUrl).pathname)
        .query(WINDOW);
      return {
        ...res,
        status: res.status,
        headers: res.headers,
        text: unfold(res.text),
      };
    }

    function feedPath(token: string) {
      return `/api/oncall/feeds/${token}/calendar.ics`;
    }

    let backend: Awaited<ReturnType<typeof startBackend>>;

    beforeAll(async () => {
      backend = await startBackend();
    });

    it('hands a member a feed URL that works without credentials and names no e-mail', async () => {
      const { server, rotationId, auditEvents } = backend;
      const before = auditEvents.length;
      const res = await issue(server, rotationId);
      expect(res.status).toBe(201);
      const { feedUrl, token } = res.body;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(feedUrl).toMatch(
        new RegExp(`^https?://[^/]+/api/oncall/feeds/${token}/calendar\\.ics$`),
      );
      expect(auditEvents.slice(before).map(e => e.options.eventId)).toEqual([
        'feed-token-create',
      ]);
      expect(auditEvents[before].success).toHaveBeenCalled();

      const feed = await fetchFeed(server, feedUrl);
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
      expect(feed.headers['cache-control']).toBe('private, no-store');
      expect(feed.text.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(
        2,
      );
      expect(feed.text).toContain('SUMMARY:PoTW: Jo Doe');
      expect(feed.text).toContain('SUMMARY:PoTW: Sam Roe');
      expect(feed.text).not.toMatch(/@example\.com|mailto:|ATTENDEE/i);
    });

    it('keeps only the hash of the token in the database', async () => {
      const { server, knex, rotationId } = backend;
      const { token } = (await issue(server, rotationId)).body;
      const rows = await knex('oncall_feed_tokens').select();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        rotation_id: rotationId,
        token_hash: createHash('sha256').update(token).digest('hex'),
        created_by: JO,
      });
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('answers a wrong, malformed or revoked token with the same 404', async () => {
      const { server, rotationId } = backend;
      const first = (await issue(server, rotationId)).body;
      const second = (await issue(server, rotationId, SAM)).body;
      expect(second.token).not.toBe(first.token);

      // Regenerating revoked the first URL; the second works.
      expect((await fetchFeed(server, second.feedUrl)).status).toBe(200);
      const wrongOne = `${second.token.slice(0, -1)}${
        second.token.endsWith('A') ? 'B' : 'A'
      }`;
      const answers = [];
      for (const path of [
        new URL(first.feedUrl).pathname,
        feedPath(wrongOne),
        feedPath('not-a-token'),
        feedPath(rotationId),
        // Without its token at all.
        '/api/oncall/feeds/calendar.ics',
        '/api/oncall/feeds',
      ]) {
        const res = await request(server).get(path);
        answers.push({ status: res.status, error: res.body.error });
      }
      expect(answers.map(a => a.status)).toEqual([
        404, 404, 404, 404, 404, 404,
      ]);
      expect(new Set(answers.slice(0, 4).map(a => a.error.message))).toEqual(
        new Set(['no such calendar feed']),
      );

      const revoked = await request(server)
        .delete(`/api/oncall/rotations/${rotationId}/feed-token`)
        .set('Authorization', user());
      expect(revoked.status).toBe(204);
      expect((await fetchFeed(server, second.feedUrl)).status).toBe(404);
      // Revoking again is no error: afterwards no feed URL works either way.
      const again = await request(server)
        .delete(`/api/oncall/rotations/${rotationId}/feed-token`)
        .set('Authorization', user());
      expect(again.status).toBe(204);
    });

    it('refuses a non-member who regenerates or revokes, audited, and keeps the feed', async () => {
      const { server, rotationId, auditEvents } = backend;
      const { feedUrl } = (await issue(server, rotationId)).body;
      const before = auditEvents.length;

      const regenerate = await issue(server, rotationId, KIM);
      expect(regenerate.status).toBe(403);
      expect(regenerate.body.error.message).toContain('oncall.rotation.manage');
      expect(regenerate.body.token).toBeUndefined();
      const revoke = await request(server)
        .delete(`/api/oncall/rotations/${rotationId}/feed-token`)
        .set('Authorization', user(KIM));
      expect(revoke.status).toBe(403);

      const audit = auditEvents.slice(before);
      expect(audit.map(e => e.options.eventId)).toEqual([
        'feed-token-create',
        'feed-token-revoke',
      ]);
      expect(audit.every(e => e.fail.mock.calls.length === 1)).toBe(true);
      expect((await fetchFeed(server, feedUrl)).status).toBe(200);
    });

    it('needs a signed-in user for tokens and for the rotation calendar', async () => {
      const { server, rotationId } = backend;
      const anonymous = await request(server).post(
        `/api/oncall/rotations/${rotationId}/feed-token`,
      );
      expect(anonymous.status).toBe(401);

      const calendar = `/api/oncall/rotations/${rotationId}/calendar.ics`;
      expect((await request(server).get(calendar)).status).toBe(401);
      const signedIn = await request(server)
        .get(calendar)
        .query(WINDOW)
        .set('Authorization', user(KIM));
      expect(signedIn.status).toBe(200);
      expect(unfold(signedIn.text)).toContain('SUMMARY:PoTW: Jo Doe');
      expect(unfold(signedIn.text)).not.toContain('@example.com');

      const unknown = await issue(server, 'no-such-rotation');
      expect(unknown.status).toBe(404);
    });

    it('lists attendee e-mails when the installation turns them on', async () => {
      const withEmails = await startBackend({ includeEmails: true });
      const { feedUrl } = (
        await issue(withEmails.server, withEmails.rotationId)
      ).body;
      const feed = await fetchFeed(withEmails.server, feedUrl);
      expect(feed.status).toBe(200);
      expect(feed.text).toMatch(/ATTENDEE[^\r\n]*:mailto:jo@example\.com/i);
      expect(feed.text).toMatch(/ATTENDEE[^\r\n]*:mailto:sam@example\.com/i);
    });
  },
);
