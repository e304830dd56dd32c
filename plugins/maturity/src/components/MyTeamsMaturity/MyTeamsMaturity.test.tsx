import { renderInLegacyTestApp } from '@agile-ops/test-utils/frontend';
import { identityApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { mockApis } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { maturityApiRef } from '../../api/MaturityApi';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import { makeRollup } from '../../__testUtils__/fixtures';
import { MyTeamsMaturity } from './MyTeamsMaturity';

const PAYMENTS = 'group:default/team-payments';
const EMPTY = 'group:default/team-new';

const notFound = () =>
  ResponseError.fromResponse(
    new Response(
      JSON.stringify({ error: { name: 'NotFoundError', message: 'no scope' } }),
      { status: 404, headers: { 'content-type': 'application/json' } },
    ) as any,
  );

function render(
  api: ReturnType<typeof fakeMaturityApi>,
  ownershipEntityRefs: string[],
) {
  return renderInLegacyTestApp(<MyTeamsMaturity />, {
    apis: [
      [maturityApiRef, api],
      [
        identityApiRef,
        mockApis.identity({
          userEntityRef: 'user:default/alex.morgan',
          ownershipEntityRefs,
        }),
      ],
    ],
  });
}

describe('MyTeamsMaturity', () => {
  it('shows each of the user’s teams with its level and what to reassess next', async () => {
    const api = fakeMaturityApi({
      getRollup: async ref => {
        if (ref === EMPTY) throw await notFound();
        return makeRollup({ ref, total: 8, assessed: 6, stale: 2, mean: 2.5 });
      },
      getReassessList: async ref => {
        if (ref === EMPTY) throw await notFound();
        return {
          scopeRef: ref,
          totalItems: 4,
          items: [
            { entityRef: 'component:default/ledger-service', reason: 'never' },
            {
              entityRef: 'resource:default/payments-db',
              reason: 'stale',
              oldestScoreAt: '2025-07-01T10:00:00.000Z',
              level: 2,
            },
          ],
        };
      },
    });
    await render(api, ['user:default/alex.morgan', PAYMENTS, EMPTY]);

    const payments = await screen.findByRole('region', {
      name: 'team-payments',
    });
    expect(
      within(payments).getByText('Level 2.5 · 6 of 8 assessed (75%) · 2 stale'),
    ).toBeInTheDocument();
    const due = within(payments).getByRole('list', {
      name: 'team-payments: reassess next',
    });
    expect(
      within(due)
        .getAllByRole('link')
        .map(l => [l.textContent, l.getAttribute('href')]),
    ).toEqual([
      ['ledger-service', '/catalog/default/component/ledger-service/maturity'],
      ['payments-db', '/catalog/default/resource/payments-db/maturity'],
    ]);
    expect(within(due).getByText('never scored')).toBeInTheDocument();
    expect(
      within(due).getByText(
        `stale, oldest score from ${new Date(
          '2025-07-01T10:00:00.000Z',
        ).toLocaleDateString()}`,
      ),
    ).toBeInTheDocument();
    expect(within(payments).getByText('and 2 more')).toBeInTheDocument();
    expect(
      within(payments).getByRole('link', { name: 'team-payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-payments');

    const empty = screen.getByRole('region', { name: 'team-new' });
    expect(
      within(empty).getByText('Owns nothing the roll-ups hold yet.'),
    ).toBeInTheDocument();
    expect(api.getReassessList).toHaveBeenCalledWith(PAYMENTS, { limit: 3 });
  });

  it('says so when the user is in no group', async () => {
    const api = fakeMaturityApi();
    await render(api, ['user:default/alex.morgan']);
    expect(await screen.findByText('No team')).toBeInTheDocument();
    expect(api.getRollup).not.toHaveBeenCalled();
  });

  it('shows an error the backend answers', async () => {
    const api = fakeMaturityApi({
      getRollup: async () => {
        throw new Error('backend down');
      },
    });
    await render(api, [PAYMENTS]);
    expect(
      await screen.findByText(/Could not load your teams' maturity/),
    ).toBeInTheDocument();
  });
});
