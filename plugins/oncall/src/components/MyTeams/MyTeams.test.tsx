import { renderInLegacyTestApp } from '@agile-ops/test-utils/frontend';
import { NowResponse } from '@agile-ops/plugin-oncall-common';
import { identityApiRef } from '@backstage/core-plugin-api';
import { mockApis } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ReactElement } from 'react';
import { oncallApiRef } from '../../api/OncallApi';
import { pinClock } from '../../__testUtils__/clock';
import {
  FakeOncallApi,
  fakeOncallApi,
} from '../../__testUtils__/fakeOncallApi';
import {
  ALICE,
  BOB,
  GROUP_REF,
  makeGroup,
  makeIteration,
  makeUsers,
} from '../../__testUtils__/fixtures';
import { MyTeamsInterruptShare } from './MyTeamsInterruptShare';
import { MyTeamsOnCall } from './MyTeamsOnCall';

pinClock();

function render(
  element: ReactElement,
  api: FakeOncallApi,
  ownershipEntityRefs = [ALICE, GROUP_REF],
) {
  return renderInLegacyTestApp(element, {
    apis: [
      [oncallApiRef, api],
      [
        identityApiRef,
        mockApis.identity({ userEntityRef: ALICE, ownershipEntityRefs }),
      ],
    ],
    catalogEntities: [makeGroup(), ...makeUsers()],
  });
}

const now: NowResponse = {
  entityRef: GROUP_REF,
  team: GROUP_REF,
  resolvedVia: 'self',
  escalation: [ALICE],
  roles: [
    {
      role: 'primary',
      rotationId: 'r-primary',
      rotationName: 'Payments on-call',
      user: null,
      since: '2026-03-09T08:00:00.000Z',
      until: null,
      next: null,
      timezone: 'Europe/Berlin',
      override: false,
    },
    {
      role: 'potw',
      rotationId: 'r-potw',
      rotationName: 'Payments PoTW',
      user: ALICE,
      since: '2026-03-09T08:00:00.000Z',
      until: '2026-03-16T08:00:00.000Z',
      next: { user: BOB, at: '2026-03-16T08:00:00.000Z' },
      timezone: 'Europe/Berlin',
      override: true,
    },
  ],
};

describe('MyTeamsOnCall', () => {
  it('names who covers each of the user’s teams per role, until when and who is next', async () => {
    const api = fakeOncallApi({ now: { [GROUP_REF]: now } });
    await render(<MyTeamsOnCall />, api);

    const team = await screen.findByRole('region', { name: 'Payments' });
    const duty = within(team).getByRole('list', {
      name: 'Payments: on duty now',
    });
    expect(
      within(duty)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'Person of the Week: Alice (override), until Mon 16 Mar, 09:00, then Bob',
      'Primary on-call: nobody (uncovered)',
    ]);
    expect(
      within(team).getByRole('link', { name: 'Payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-payments/oncall');
    expect(api.getEntityNow).toHaveBeenCalledWith(GROUP_REF);
  });

  it('says so when the user is in no group, without asking the backend', async () => {
    const api = fakeOncallApi();
    await render(<MyTeamsOnCall />, api, [ALICE]);
    expect(await screen.findByText('No team')).toBeInTheDocument();
    expect(api.getEntityNow).not.toHaveBeenCalled();
  });
});

describe('MyTeamsInterruptShare', () => {
  it('shows the running iteration’s share, count, effort and trend per team', async () => {
    const api = fakeOncallApi({
      stats: {
        [GROUP_REF]: {
          team: GROUP_REF,
          iterationLength: 'P2W',
          capacity: { source: 'portal', hoursPerIteration: 240 } as any,
          iterations: [
            makeIteration(
              '2026-02-23T08:00:00.000Z',
              '2026-03-09T08:00:00.000Z',
              {
                incident: 60,
              },
            ),
            makeIteration(
              '2026-03-09T08:00:00.000Z',
              '2026-03-23T08:00:00.000Z',
              {
                incident: 90,
                request: 30,
              },
            ),
          ],
          trend: 'up',
        },
      },
    });
    await render(<MyTeamsInterruptShare />, api);

    const team = await screen.findByRole('region', { name: 'Payments' });
    // 120 of 14,400 minutes.
    expect(
      within(team).getByText(
        'This iteration (9 Mar – 23 Mar): 0.8 % of capacity, 2 interrupts, 2 h · trend rising',
      ),
    ).toBeInTheDocument();
    expect(api.getInterruptStats).toHaveBeenCalledWith(GROUP_REF, {
      from: '2025-12-17T10:00:00.000Z',
      to: '2026-03-11T10:00:00.000Z',
    });
  });
});
