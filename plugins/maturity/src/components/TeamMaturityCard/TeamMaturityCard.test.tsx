import { ResponseError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import { makeRollup } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { TeamMaturityCard } from './TeamMaturityCard';

const TEAM = 'group:default/team-payments';

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const history = {
  scopeRef: TEAM,
  series: [
    {
      vector: 'level',
      points: ['2025-09-01', '2026-03-02', '2026-12-01'].map((day, i) => ({
        day,
        value: 1 + i * 0.5,
        assessed: 3,
        total: 4,
        stale: 0,
        distribution: [0, 0, 0, 0, 0, 0],
      })),
    },
  ],
};

describe('TeamMaturityCard', () => {
  it('shows the team’s roll-up, weakest vectors, trend and the entities to improve first', async () => {
    const api = fakeMaturityApi({
      getRollup: async () =>
        makeRollup({
          ref: TEAM,
          total: 8,
          assessed: 6,
          stale: 2,
          mean: 2.25,
          vectors: {
            documentation: 1.5,
            stability: 3.5,
            recoverability: 0.5,
            currency: 2,
          },
          pulledDownBy: [
            { entityRef: 'component:default/refund-worker', level: 0 },
            { entityRef: 'component:default/ledger-service', level: 1 },
          ],
        }),
      getRollupHistory: async () => history,
      getReassessList: async () => ({
        scopeRef: TEAM,
        totalItems: 4,
        items: [
          { entityRef: 'component:default/payouts-api', reason: 'never' },
          {
            entityRef: 'component:default/refund-worker',
            reason: 'stale',
            oldestScoreAt: '2025-05-04T08:00:00.000Z',
            level: 0,
          },
          {
            entityRef: 'component:default/ledger-service',
            reason: 'disputed',
            oldestScoreAt: '2026-11-04T08:00:00.000Z',
            level: 1,
            confidence: 0.3,
          },
          {
            entityRef: 'component:default/card-vault',
            reason: 'low-confidence',
            oldestScoreAt: '2026-08-04T08:00:00.000Z',
            level: 3,
            confidence: 0.35,
          },
        ],
      }),
    });
    await renderWithApis(<TeamMaturityCard />, { api, entity: team });

    expect(await screen.findByText('Level 2.3')).toBeInTheDocument();
    expect(
      screen.getByText('6 of 8 entities assessed (75%), 2 with stale scores'),
    ).toBeInTheDocument();
    // Lowest first, three of them.
    const chips = screen.getAllByText(
      /^(Recoverability|Documentation|Currency|Stability) /,
    );
    expect(chips.map(c => c.textContent)).toEqual([
      'Recoverability 0.5',
      'Documentation 1.5',
      'Currency 2',
    ]);
    expect(
      screen.getByRole('img', { name: /^Team level over time: 3 snapshots/ }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', {
      name: 'Entities to improve first',
    });
    const links = within(list).getAllByRole('link');
    expect(links.map(l => [l.textContent, l.getAttribute('href')])).toEqual([
      ['refund-worker', '/catalog/default/component/refund-worker/maturity'],
      ['ledger-service', '/catalog/default/component/ledger-service/maturity'],
    ]);
    // Never-scored entities are listed too, first, with what is stale after them.
    const due = screen.getByRole('list', { name: 'Entities to reassess next' });
    expect(
      within(due)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'payouts-api never scored',
      `refund-worker stale, oldest score from ${new Date(
        '2025-05-04T08:00:00.000Z',
      ).toLocaleDateString()}`,
      'ledger-service evidence disputes a score',
      'card-vault low confidence (35%)',
    ]);
    expect(api.getReassessList).toHaveBeenCalledWith(TEAM, { limit: 5 });
    expect(api.getRollup).toHaveBeenCalledWith(TEAM);
    expect(api.getRollupHistory).toHaveBeenCalledWith(TEAM, {
      vector: 'level',
    });
  });

  it('says so when the hierarchy holds nothing the team owns', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'no scope' },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      ) as any,
    );
    const api = fakeMaturityApi({
      getRollup: async () => {
        throw notFound;
      },
    });
    await renderWithApis(<TeamMaturityCard />, { api, entity: team });
    expect(
      await screen.findByText('Nothing to roll up yet'),
    ).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    const api = fakeMaturityApi({
      getRollup: async () => {
        throw new Error('backend down');
      },
    });
    await renderWithApis(<TeamMaturityCard />, { api, entity: team });
    expect(
      await screen.findByText(/Could not load the team's maturity/),
    ).toBeInTheDocument();
  });
});
