import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../../__testUtils__/clock';
import { fakeOncallApi } from '../../../__testUtils__/fakeOncallApi';
import {
  ALICE,
  BOB,
  CAROL,
  makeRotation,
} from '../../../__testUtils__/fixtures';
import { entriesOf, findDay } from '../../../__testUtils__/queries';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

// The fixture rotation: Berlin wall clock, alice then bob, weekly hand-off Monday 09:00 from
// Monday 2 March 2026; nobody is scheduled before that first hand-off. Now is Wed 11 March.
function apiWithOverride() {
  return fakeOncallApi({
    rotations: [makeRotation()],
    overrides: [
      {
        id: 'ovr-carol',
        rotationId: 'rot-potw',
        user: CAROL,
        start: '2026-03-11T09:00:00.000Z',
        end: '2026-03-11T13:00:00.000Z',
        replaces: BOB,
        createdBy: ALICE,
        createdAt: '2026-03-01T00:00:00.000Z',
      },
    ],
  });
}

describe('ShiftCalendar', () => {
  pinClock();

  it('shows the current week with who covers which hours, overrides marked', async () => {
    const api = apiWithOverride();
    await renderWithApis(<TeamOncallContent />, { api });

    expect(entriesOf(await findDay('Monday 9 March'))).toEqual([
      'Alice until 09:00',
      'Bob from 09:00',
    ]);
    expect(entriesOf(await findDay('Tuesday 10 March'))).toEqual([
      'Bob all day',
    ]);
    expect(entriesOf(await findDay('Wednesday 11 March'))).toEqual([
      'Bob until 10:00',
      'Carol 10:00–14:00 (override)',
      'Bob from 14:00',
    ]);
    expect(entriesOf(await findDay('Sunday 15 March'))).toEqual([
      'Bob all day',
    ]);
    expect(
      screen.getByRole('table', {
        name: 'Shifts of Person of the week, 9 – 15 Mar 2026',
      }),
    ).toBeInTheDocument();
    // Today's column is marked for assistive technology.
    expect(
      screen.getByRole('columnheader', { name: 'Wed 11 Mar' }),
    ).toHaveAttribute('aria-current', 'date');
    expect(
      screen.getByText(
        /Times are in Europe\/Berlin, the rotation's time zone\./,
      ),
    ).toBeInTheDocument();
    expect(api.getShifts).toHaveBeenCalledWith('rot-potw', {
      from: '2026-03-08T23:00:00.000Z',
      to: '2026-03-15T23:00:00.000Z',
    });
  });

  it('marks stretches nobody covers as uncovered', async () => {
    const api = apiWithOverride();
    await renderWithApis(<TeamOncallContent />, { api });
    await findDay('Monday 9 March');

    await userEvent.click(
      screen.getByRole('button', { name: 'Previous week' }),
    );

    expect(entriesOf(await findDay('Monday 2 March'))).toEqual([
      'Uncovered until 09:00',
      'Alice from 09:00',
    ]);
    expect(api.getShifts).toHaveBeenLastCalledWith('rot-potw', {
      from: '2026-03-01T23:00:00.000Z',
      to: '2026-03-08T23:00:00.000Z',
    });
  });

  it('navigates by week and month and asks for exactly the days shown', async () => {
    const api = apiWithOverride();
    await renderWithApis(<TeamOncallContent />, { api });
    await findDay('Monday 9 March');

    await userEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await findDay('Monday 16 March');
    expect(api.getShifts).toHaveBeenLastCalledWith('rot-potw', {
      from: '2026-03-15T23:00:00.000Z',
      to: '2026-03-22T23:00:00.000Z',
    });
    expect(screen.getByText('16 – 22 Mar 2026')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Month' }));
    // March 2026 starts on a Sunday and ends on a Tuesday: the grid runs from Monday 23
    // February to Sunday 5 April, and the clocks go forward on 29 March.
    await findDay('Sunday 5 April');
    expect(api.getShifts).toHaveBeenLastCalledWith('rot-potw', {
      from: '2026-02-22T23:00:00.000Z',
      to: '2026-04-05T22:00:00.000Z',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    await findDay('Thursday 30 April');
    expect(screen.getByText('April 2026')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Today' }));
    await findDay('Sunday 5 April');
    expect(screen.getByText('March 2026')).toBeInTheDocument();
    expect(api.getShifts).toHaveBeenLastCalledWith('rot-potw', {
      from: '2026-02-22T23:00:00.000Z',
      to: '2026-04-05T22:00:00.000Z',
    });
  });

  it('shows a month grid with both people on a hand-off day', async () => {
    const api = apiWithOverride();
    await renderWithApis(<TeamOncallContent />, { api });
    await findDay('Monday 9 March');
    await userEvent.click(screen.getByRole('button', { name: 'Month' }));

    const grid = await screen.findByRole('table', {
      name: 'Shifts of Person of the week, March 2026',
    });
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 6);
    expect(entriesOf(await findDay('Monday 9 March'))).toEqual([
      'Alice until 09:00',
      'Bob from 09:00',
    ]);
    expect(entriesOf(await findDay('Monday 16 March'))).toEqual([
      'Bob until 09:00',
      'Alice from 09:00',
    ]);
    expect(entriesOf(await findDay('Wednesday 11 March'))).toContain(
      'Carol 10:00–14:00 (override)',
    );
    // After the change to summer time the hand-off stays at 09:00 local time.
    expect(entriesOf(await findDay('Monday 30 March'))).toEqual([
      'Bob until 09:00',
      'Alice from 09:00',
    ]);
    expect(entriesOf(await findDay('Monday 23 February'))).toEqual([
      'Uncovered all day',
    ]);
  });

  it('notes the viewer’s own zone when it differs from the rotation’s', async () => {
    const api = apiWithOverride();
    const { Settings } = jest.requireActual('luxon');
    Settings.defaultZone = 'America/New_York';
    await renderWithApis(<TeamOncallContent />, { api });
    await findDay('Monday 9 March');
    expect(
      screen.getByText(
        /Times are in Europe\/Berlin, the rotation's time zone \(yours is America\/New_York\)\./,
      ),
    ).toBeInTheDocument();
    // The days are still those of Berlin, not of New York.
    expect(entriesOf(await findDay('Wednesday 11 March'))).toContain(
      'Carol 10:00–14:00 (override)',
    );
  });

  it('shows an error panel when the shifts cannot be loaded', async () => {
    const api = apiWithOverride();
    api.getShifts.mockRejectedValue(new Error('backend down'));
    await renderWithApis(<TeamOncallContent />, { api });
    expect(await screen.findAllByText(/backend down/)).not.toHaveLength(0);
  });
});
