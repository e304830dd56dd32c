import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Handler, Loopback, startLoopback } from './__testUtils__/loopback';
import { component } from './__testUtils__/catalog';
import { oncallEvidenceProvider } from './oncallEvidence';

// The provider's handling of failures, against a loopback stand-in for the on-call plugin;
// what it proposes from real answers is the module test's.

const context = (signal = new AbortController().signal) => ({
  now: new Date(),
  credentials: mockCredentials.service('plugin:maturity'),
  signal,
  logger: mockServices.logger.mock(),
});

const OTHERS = 7;

const slow: Handler = (_req, res) => {
  setTimeout(() => res.end('{"rotations":[]}'), 300);
};

describe('oncallEvidenceProvider', () => {
  let oncall: Loopback;

  beforeAll(async () => {
    oncall = await startLoopback({
      '/teams/default/team-broken/rotations': (_req, res) => {
        res.statusCode = 503;
        res.end('{"error":{"message":"database unavailable"}}');
      },
      '/teams/default/team-empty/rotations': (_req, res) =>
        res.end('{"rotations":[]}'),
      // Slow enough that the broken team's answer comes first.
      ...Object.fromEntries(
        Array.from({ length: OTHERS }, (_, i) => [
          `/teams/default/team-slow-${i}/rotations`,
          slow,
        ]),
      ),
    });
  });
  afterAll(() => oncall.close());
  beforeEach(() => oncall.seen.splice(0));

  it('asks nothing for entities without a team', async () => {
    const provider = oncallEvidenceProvider(oncall.client());

    await expect(
      provider.collect([component('scratch', 'user:default/jo')], context()),
    ).resolves.toEqual([]);
    expect(oncall.seen).toEqual([]);
  });

  it('leaves out entities of a team the on-call plugin does not know', async () => {
    const provider = oncallEvidenceProvider(oncall.client());

    const evidence = await provider.collect(
      [
        component('ghost', 'group:default/team-gone'),
        component('archive', 'group:default/team-empty'),
      ],
      context(),
    );

    expect(evidence.map(e => e.entityRef)).toEqual([
      'component:default/archive',
    ]);
  });

  it('fails the whole page when a request fails, sending no more requests', async () => {
    const provider = oncallEvidenceProvider(oncall.client());
    const fetches = jest.spyOn(globalThis, 'fetch');
    const slowTeams = Array.from({ length: OTHERS }, (_, i) =>
      component(`svc-${i}`, `group:default/team-slow-${i}`),
    );

    await expect(
      provider.collect(
        [
          slowTeams[0],
          component('broken', 'group:default/team-broken'),
          ...slowTeams.slice(1),
        ],
        context(),
      ),
    ).rejects.toThrow(
      /^oncall \/teams\/default\/team-broken\/rotations answered 503/,
    );
    // Four requests went at once (the broken team's among them); the rest were dropped.
    expect(fetches).toHaveBeenCalledTimes(4);
    fetches.mockRestore();
  });
});
