import maturityPlugin from '@agile-ops/plugin-maturity-backend';
import oncallPlugin from '@agile-ops/plugin-oncall-backend';
import { createTestDatabases, manualScheduler } from '@agile-ops/test-utils';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { component, group, user } from './__testUtils__/catalog';
import { databasePerPlugin } from './__testUtils__/databasePerPlugin';
import { maturityModuleOncallEvidence } from './module';

jest.setTimeout(60_000);

// The maturity plugin's scheduled tasks (not exported by it).
const HIERARCHY_SYNC_TASK = 'maturity-hierarchy-sync';
const EVIDENCE_TASK = 'maturity-evidence';

const DAY = 86_400_000;
const JO = 'user:default/jo';
const SAM = 'user:default/sam';
const KIM = 'user:default/kim';

const entities = [
  user('jo'),
  user('sam'),
  user('kim'),
  // 100 planned hours an iteration: 6,000 minutes, so 300 minutes are a 5 % share.
  group('team-a', [JO, SAM], {
    'agile-ops/oncall-capacity-hours': '100',
    'agile-ops/lead': KIM,
  }),
  group('team-b', [SAM, KIM], { 'agile-ops/oncall-capacity-hours': '50' }),
  group('team-c', [JO]),
  component('ledger', 'group:default/team-a'),
  component('billing', 'group:default/team-a'),
  // Owned by team-c, covered by team-a's rotations.
  component('routed', 'group:default/team-c', {
    'agile-ops/oncall-team': 'group:default/team-a',
  }),
  component('payouts', 'group:default/team-b'),
  component('archive', 'group:default/team-c'),
  component('scratch', JO),
];

type Evidence = {
  vector: string;
  provider: string;
  proposedScore: number | null;
  reasons: string[];
  facts: Array<{ key: string; value: unknown; source: string }>;
};

describe('the oncall-evidence module', () => {
  const databases = createTestDatabases();

  afterEach(() => jest.restoreAllMocks());

  it.each(databases.eachSupportedId())(
    'proposes supportability, operability and stability from the real on-call plugin (%s)',
    async databaseId => {
      const scheduler = manualScheduler();
      const { server } = await startTestBackend({
        features: [
          maturityPlugin,
          oncallPlugin,
          maturityModuleOncallEvidence,
          databasePerPlugin({
            maturity: await databases.init(databaseId),
            oncall: await databases.init(databaseId),
          }),
          catalogServiceMock.factory({ entities }),
          scheduler.factory,
          mockServices.rootConfig.factory({
            data: { oncall: { reminders: { enabled: false } } },
          }),
        ],
      });
      const as = (who: string) => mockCredentials.user.header(who);
      const now = Date.now();
      const daysAgo = (days: number) =>
        new Date(now - days * DAY).toISOString();

      // team-a: a weekly PoTW of Jo and Sam since January and interrupts of the last four
      // iterations (14 days apart, so one in each), of 5, 5, 10 and 30 % of capacity.
      await request(server)
        .post('/api/oncall/import')
        .set('Authorization', as(JO))
        .send({
          rotations: [
            {
              id: 'team-a-potw',
              owner: 'group:default/team-a',
              name: 'Team A PoTW',
              version: {
                timezone: 'UTC',
                role: 'potw',
                participants: [JO, SAM],
                handoff: { weekday: 1, time: '09:00' },
                shiftLength: 'P1W',
                startDate: '2026-01-05',
              },
            },
          ],
          interrupts: [
            [56, 'request', 300],
            [42, 'incident', 300],
            [28, 'request', 600],
            [14, 'request', 900],
            [14, 'question', 900],
          ].map(([days, category, effortMinutes], i) => ({
            id: `00000000-0000-4000-8000-00000000000${i}`,
            team: 'group:default/team-a',
            entityRef: 'component:default/ledger',
            title: `interrupt ${i}`,
            category,
            receivedAt: daysAgo(days as number),
            effortMinutes,
          })),
        })
        .expect(200);

      // team-b: Sam and Kim from ten days on, so PoTW has a gap until then, and an alert
      // logged in the last completed iteration, where none came before.
      const start = new Date(now + 10 * DAY).toISOString().slice(0, 10);
      const teamB = await request(server)
        .post('/api/oncall/rotations')
        .set('Authorization', as(SAM))
        .send({
          owner: 'group:default/team-b',
          name: 'Team B PoTW',
          version: {
            timezone: 'UTC',
            role: 'potw',
            participants: [SAM, KIM],
            handoff: { weekday: 1, time: '09:00' },
            shiftLength: 'P1W',
            startDate: start,
          },
        })
        .expect(201);
      for (const [days, category, effortMinutes] of [
        [28, 'request', 120],
        [14, 'alert', 60],
      ] as const) {
        await request(server)
          .post('/api/oncall/interrupts')
          .set('Authorization', as(KIM))
          .send({
            team: 'group:default/team-b',
            title: `${category} of team b`,
            category,
            receivedAt: daysAgo(days),
            effortMinutes,
          })
          .expect(201);
      }

      const fetches = jest.spyOn(globalThis, 'fetch');
      await scheduler.run(HIERARCHY_SYNC_TASK);
      await scheduler.run(EVIDENCE_TASK);

      const evidenceOf = async (name: string) => {
        const { body } = await request(server)
          .get(`/api/maturity/entities/component/default/${name}/scorecard`)
          .set('Authorization', as(JO))
          .expect(200);
        const evidence = (body.evidence ?? []) as Evidence[];
        return Object.fromEntries(
          evidence.filter(e => e.provider === 'oncall').map(e => [e.vector, e]),
        );
      };
      const scores = (evidence: Record<string, Evidence>) =>
        Object.fromEntries(
          Object.entries(evidence).map(([v, e]) => [v, e.proposedScore]),
        );
      const facts = (e: Evidence) =>
        Object.fromEntries(e.facts.map(f => [f.key, f.value]));

      const ledger = await evidenceOf('ledger');
      // Two people, PoTW covered, a chain of the person on duty and the lead: 3. A mean
      // share of 12.5 %, rising to 30 %: 2. One incident in eight weeks: 3.
      expect(scores(ledger)).toEqual({
        supportability: 3,
        operability: 2,
        stability: 3,
      });
      expect(facts(ledger.supportability)).toEqual({
        rotations: 1,
        'rotation-people': 2,
        'potw-uncovered-hours': 0,
        'escalation-people': 2,
      });
      expect(facts(ledger.operability)).toEqual({
        'interrupt-share-percent': 13,
        'latest-interrupt-share-percent': 30,
        'interrupt-share-trend': 'rising',
      });
      expect(facts(ledger.stability)).toMatchObject({
        failures: 1,
        'failure-trend': 'steady',
      });
      expect(ledger.supportability.facts[0].source).toBe('oncall');
      // Entities of one team share its proposals, through the annotation too.
      expect(await evidenceOf('billing')).toEqual(ledger);
      expect(scores(await evidenceOf('routed'))).toEqual(scores(ledger));

      const payouts = await evidenceOf('payouts');
      // A gap and no chain keep supportability at 2; a low steady share is 3; the alert
      // after none rises: 2.
      expect(scores(payouts)).toEqual({
        supportability: 2,
        operability: 3,
        stability: 2,
      });
      expect(facts(payouts.supportability)).toMatchObject({
        'escalation-people': 0,
      });
      expect(
        facts(payouts.supportability)['potw-uncovered-hours'],
      ).toBeGreaterThanOrEqual(9 * 24);

      // team-c has no rotation: a low supportability and nothing else.
      expect(scores(await evidenceOf('archive'))).toEqual({
        supportability: 1,
      });
      // A service owned by a person has no team: no proposals at all.
      expect(await evidenceOf('scratch')).toEqual({});

      // Every team is read once however many entities it covers.
      const calls = fetches.mock.calls
        .map(([url]) => new URL(String(url)).pathname)
        .filter(path => path.startsWith('/api/oncall/'))
        .map(path => path.slice('/api/oncall'.length));
      expect(
        calls.filter(path => path === '/teams/default/team-a/rotations'),
      ).toHaveLength(1);
      expect([...new Set(calls)].sort()).toEqual(
        [
          '/rotations/team-a-potw/shifts',
          `/rotations/${teamB.body.id}/shifts`,
          '/teams/default/team-a/interrupt-stats',
          '/teams/default/team-a/now',
          '/teams/default/team-a/rotations',
          '/teams/default/team-b/interrupt-stats',
          '/teams/default/team-b/now',
          '/teams/default/team-b/rotations',
          '/teams/default/team-c/rotations',
        ].sort(),
      );
      expect(calls).toHaveLength(9);

      const status = await request(server)
        .get('/api/maturity/status')
        .set('Authorization', as(JO))
        .expect(200);
      expect(
        status.body.tasks.find(
          (t: { task: string }) => t.task === EVIDENCE_TASK,
        ),
      ).toMatchObject({ status: 'succeeded', summary: { failures: 0 } });
    },
  );
});
