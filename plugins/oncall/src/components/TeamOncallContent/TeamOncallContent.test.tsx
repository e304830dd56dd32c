import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../__testUtils__/clock';
import { fakeOncallApi } from '../../__testUtils__/fakeOncallApi';
import {
  ALICE,
  BOB,
  CAROL,
  GROUP_REF,
  makeRotation,
} from '../../__testUtils__/fixtures';
import { entriesOf, findDay } from '../../__testUtils__/queries';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { TeamOncallContent } from './TeamOncallContent';

const WRITE_BUTTONS = [
  'New rotation',
  'Import iCal',
  'Add override',
  'Add note',
  'Log interrupt',
  'Edit capacity',
];

function twoRotations() {
  return [
    makeRotation(
      { id: 'rot-primary', name: 'Primary on-call', role: 'primary' },
      { role: 'primary', participants: [CAROL], shiftLength: 'P1D' },
    ),
    makeRotation(),
  ];
}

describe('TeamOncallContent', () => {
  pinClock();

  it('shows progress while the rotations load', async () => {
    const api = fakeOncallApi();
    api.listTeamRotations.mockReturnValue(new Promise(() => {}));
    await renderWithApis(<TeamOncallContent />, { api });
    expect(screen.getAllByTestId('progress').length).toBeGreaterThan(0);
  });

  it('shows an error panel when the rotations cannot be loaded', async () => {
    const api = fakeOncallApi();
    api.listTeamRotations.mockRejectedValue(new Error('oncall is down'));
    await renderWithApis(<TeamOncallContent />, { api });
    expect(await screen.findAllByText(/oncall is down/)).not.toHaveLength(0);
    // The ledger does not depend on the rotations and still shows.
    expect(
      await screen.findByText(/No interrupts recorded yet/),
    ).toBeInTheDocument();
  });

  it('puts the PoTW rotation first and switches the calendar to another rotation', async () => {
    const api = fakeOncallApi({ rotations: twoRotations() });
    await renderWithApis(<TeamOncallContent />, { api });
    expect(api.listTeamRotations).toHaveBeenCalledWith(GROUP_REF);

    const picker = await screen.findByLabelText('Rotation');
    expect(
      within(picker)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual([
      'Person of the week (Person of the Week)',
      'Primary on-call (Primary on-call)',
    ]);
    expect(entriesOf(await findDay('Tuesday 10 March'))).toEqual([
      'Bob all day',
    ]);

    await userEvent.selectOptions(picker, 'Primary on-call (Primary on-call)');
    await waitFor(() =>
      expect(api.getShifts).toHaveBeenLastCalledWith(
        'rot-primary',
        expect.anything(),
      ),
    );
    await waitFor(async () =>
      expect(entriesOf(await findDay('Tuesday 10 March'))).toEqual([
        'Carol all day',
      ]),
    );
  });

  it('offers the calendar subscription and says who covers now', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });
    // The feed URL is made on demand (rotations/Subscribe.test.tsx).
    expect(
      await screen.findByRole('button', { name: 'Subscribe' }),
    ).toBeEnabled();
    expect(api.createFeedToken).not.toHaveBeenCalled();

    const now = await screen.findByRole('list', { name: 'Now on duty' });
    expect(entriesOf(now)).toEqual([
      'Person of the Week: Bob, until Mon 16 Mar, 09:00 (Europe/Berlin), then Alice',
    ]);
  });

  it('disables every write with a reason when the user may not write', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    const { authorize } = await renderWithApis(<TeamOncallContent />, {
      api,
      permissions: false,
    });
    await findDay('Monday 9 March');
    await waitFor(() => {
      for (const name of WRITE_BUTTONS) {
        expect(screen.getByRole('button', { name })).toBeDisabled();
      }
    });
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({ resourceRef: GROUP_REF }),
    );

    // A disabled button gets no pointer events; the tooltip listens on its wrapper.
    await userEvent.hover(
      screen.getByRole('button', { name: 'Add override' }).parentElement!,
    );
    expect(
      await screen.findByText('Only members of Payments can add overrides.'),
    ).toBeInTheDocument();
  });

  it('asks for each write its own permission', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, {
      api,
      permissions: { 'oncall.interrupt.create': false },
    });
    await findDay('Monday 9 March');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Log interrupt' }),
      ).toBeDisabled(),
    );
    expect(screen.getByRole('button', { name: 'Add override' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Edit capacity' })).toBeEnabled();
  });

  it('offers the group’s members, by catalog name, for overrides', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add override' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add override' });
    const who = within(dialog).getByLabelText(/Who covers/);
    await waitFor(() =>
      expect(
        within(who)
          .getAllByRole('option')
          .map(option => option.getAttribute('value')),
      ).toEqual(['', ALICE, BOB, CAROL]),
    );
  });
});
