import { InterruptStatsResponse } from '@agile-ops/plugin-oncall-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../../__testUtils__/clock';
import { fakeOncallApi } from '../../../__testUtils__/fakeOncallApi';
import { GROUP_REF, makeIteration } from '../../../__testUtils__/fixtures';
import { rowsOf } from '../../../__testUtils__/queries';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

// 240 h = 14 400 minutes per iteration.
function stats(
  fields: Partial<InterruptStatsResponse> = {},
): InterruptStatsResponse {
  return {
    team: GROUP_REF,
    iterationLength: 'P2W',
    capacity: { hoursPerIteration: 240, source: 'annotation' },
    iterations: [
      makeIteration('2026-02-01T23:00:00.000Z', '2026-02-15T23:00:00.000Z', {
        incident: 240,
        request: 480,
      }),
      makeIteration('2026-02-15T23:00:00.000Z', '2026-03-01T23:00:00.000Z', {
        incident: 1440,
      }),
      makeIteration('2026-03-01T23:00:00.000Z', '2026-03-15T23:00:00.000Z', {
        question: 60,
        alert: 2100,
      }),
    ],
    trend: 'up',
    ...fields,
  };
}

function shareTable() {
  return screen.findByRole('table', { name: 'Interrupt share per iteration' });
}

describe('InterruptShareCard', () => {
  pinClock();

  it('shows the share per iteration as a chart and a table, with trend and capacity', async () => {
    const api = fakeOncallApi({ stats: { [GROUP_REF]: stats() } });
    await renderWithApis(<TeamOncallContent />, { api });

    expect(rowsOf(await shareTable())).toEqual([
      ['2 – 15 Feb 2026', '2', '12 h', '5 %'],
      ['16 Feb – 1 Mar 2026', '1', '24 h', '10 %'],
      ['2 – 15 Mar 2026', '2', '36 h', '15 %'],
    ]);
    expect(
      screen.getByRole('img', {
        name: 'Interrupt share of capacity for 3 iterations, stacked by category',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Trend: rising\. .* Average share: 10 %\./),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Capacity: 240 h per iteration, from the group annotation agile-ops/oncall-capacity-hours.',
      ),
    ).toBeInTheDocument();
    expect(api.getInterruptStats).toHaveBeenCalledWith(GROUP_REF, {
      from: '2025-12-17T10:00:00.000Z',
      to: '2026-03-11T10:00:00.000Z',
    });
  });

  it('explains how to set the capacity while there is none', async () => {
    const api = fakeOncallApi({
      stats: {
        [GROUP_REF]: stats({
          capacity: { hoursPerIteration: null, source: null },
          iterations: [
            makeIteration(
              '2026-03-01T23:00:00.000Z',
              '2026-03-15T23:00:00.000Z',
              { incident: 90 },
              0,
            ),
          ],
          trend: null,
        }),
      },
    });
    await renderWithApis(<TeamOncallContent />, { api });
    expect(
      await screen.findByText(/No planned capacity yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('agile-ops/oncall-capacity-hours'),
    ).toBeInTheDocument();
    expect(rowsOf(await shareTable())).toEqual([
      ['2 – 15 Mar 2026', '1', '1 h 30 min', '–'],
    ]);
    expect(
      screen.getByRole('img', {
        name: 'Interrupt hours for 1 iterations, stacked by category',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Not enough iterations with a capacity/),
    ).toBeInTheDocument();
  });

  it('says so when no interrupts were logged in the window', async () => {
    const api = fakeOncallApi();
    await renderWithApis(<TeamOncallContent />, { api });
    expect(
      await screen.findByText(/No interrupts in the last 12 weeks/),
    ).toBeInTheDocument();
  });

  it('sets the capacity as people × hours', async () => {
    const api = fakeOncallApi({ stats: { [GROUP_REF]: stats() } });
    await renderWithApis(<TeamOncallContent />, { api });
    await shareTable();

    await userEvent.click(
      screen.getByRole('button', { name: 'Edit capacity' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit capacity' });
    await userEvent.type(within(dialog).getByLabelText(/^People/), '5');
    await userEvent.type(
      within(dialog).getByLabelText(/^Hours per person/),
      '32',
    );
    expect(
      within(dialog).getByText('160 h per iteration in total'),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save capacity' }),
    );

    expect(api.setCapacity).toHaveBeenCalledWith(GROUP_REF, {
      people: 5,
      hoursPerPerson: 32,
    });
    expect(
      await screen.findByText(
        'Capacity: 160 h per iteration (5 people × 32 h), set in the portal.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Edit capacity' }),
      ).not.toBeInTheDocument(),
    );
  });
});
