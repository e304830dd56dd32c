import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../../__testUtils__/clock';
import {
  fakeOncallApi,
  inputError,
} from '../../../__testUtils__/fakeOncallApi';
import {
  ALICE,
  BOB,
  CAROL,
  makeRotation,
} from '../../../__testUtils__/fixtures';
import { entriesOf, findDay } from '../../../__testUtils__/queries';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

async function openDialog() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Add override' }),
  );
  return screen.findByRole('dialog', { name: 'Add override' });
}

async function setField(dialog: HTMLElement, label: string, value: string) {
  const field = within(dialog).getByLabelText(label, { exact: false });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

describe('OverridesCard', () => {
  pinClock();

  it('says so when there are no overrides ahead', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });
    expect(await screen.findByText(/No overrides ahead/)).toBeInTheDocument();
  });

  it('adds an override with times read on the rotation’s clock and refreshes the calendar', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });
    expect(entriesOf(await findDay('Thursday 12 March'))).toEqual([
      'Bob all day',
    ]);

    const dialog = await openDialog();
    await userEvent.selectOptions(
      within(dialog).getByLabelText(/Who covers/),
      'Carol',
    );
    await setField(dialog, 'From (Europe/Berlin)', '2026-03-12T10:00');
    await setField(dialog, 'To (Europe/Berlin)', '2026-03-12T14:30');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Replaces'),
      'Bob',
    );
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Dentist');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add override' }),
    );

    // Berlin is UTC+1 in March before the clocks change.
    expect(api.createOverride).toHaveBeenCalledWith('rot-potw', {
      user: CAROL,
      start: '2026-03-12T09:00:00.000Z',
      end: '2026-03-12T13:30:00.000Z',
      replaces: BOB,
      reason: 'Dentist',
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Add override' }),
      ).not.toBeInTheDocument(),
    );
    await waitFor(async () =>
      expect(entriesOf(await findDay('Thursday 12 March'))).toEqual([
        'Bob until 10:00',
        'Carol 10:00–14:30 (override)',
        'Bob from 14:30',
      ]),
    );
    const list = screen.getByRole('list', { name: 'Overrides' });
    expect(
      within(list).getByText(/^Carol: Thu 12 Mar, 10:00/),
    ).toBeInTheDocument();
    expect(
      within(list).getByText('replaces Bob · Dentist'),
    ).toBeInTheDocument();
    // "Now" was asked again after the write.
    expect(api.getEntityNow.mock.calls.length).toBeGreaterThan(1);
  });

  it('converts across the change to summer time', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });
    const dialog = await openDialog();
    await userEvent.selectOptions(
      within(dialog).getByLabelText(/Who covers/),
      'Alice',
    );
    await setField(dialog, 'From (Europe/Berlin)', '2026-03-28T12:00');
    await setField(dialog, 'To (Europe/Berlin)', '2026-03-29T12:00');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add override' }),
    );
    expect(api.createOverride).toHaveBeenCalledWith('rot-potw', {
      user: ALICE,
      start: '2026-03-28T11:00:00.000Z',
      end: '2026-03-29T10:00:00.000Z',
    });
  });

  it('refuses an end before the start and shows the server’s message', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    api.createOverride.mockRejectedValueOnce(
      await inputError('user must be a user entity ref'),
    );
    await renderWithApis(<TeamOncallContent />, { api });
    const dialog = await openDialog();
    await userEvent.selectOptions(
      within(dialog).getByLabelText(/Who covers/),
      'Carol',
    );
    await setField(dialog, 'From (Europe/Berlin)', '2026-03-12T14:00');
    await setField(dialog, 'To (Europe/Berlin)', '2026-03-12T10:00');
    const submit = within(dialog).getByRole('button', { name: 'Add override' });
    expect(submit).toBeDisabled();

    await setField(dialog, 'To (Europe/Berlin)', '2026-03-12T18:00');
    await userEvent.click(submit);
    expect(
      await within(dialog).findByText('user must be a user entity ref'),
    ).toBeInTheDocument();
  });

  it('removes an override', async () => {
    const api = fakeOncallApi({
      rotations: [makeRotation()],
      overrides: [
        {
          id: 'ovr-1',
          rotationId: 'rot-potw',
          user: CAROL,
          start: '2026-03-12T09:00:00.000Z',
          end: '2026-03-12T13:00:00.000Z',
          createdBy: ALICE,
          createdAt: '2026-03-01T00:00:00.000Z',
        },
      ],
    });
    await renderWithApis(<TeamOncallContent />, { api });
    expect(entriesOf(await findDay('Thursday 12 March'))).toContain(
      'Carol 10:00–14:00 (override)',
    );

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Remove override of Carol, Thu 12 Mar, 10:00 – Thu 12 Mar, 14:00',
      }),
    );

    expect(api.deleteOverride).toHaveBeenCalledWith('rot-potw', 'ovr-1');
    expect(await screen.findByText(/No overrides ahead/)).toBeInTheDocument();
    await waitFor(async () =>
      expect(entriesOf(await findDay('Thursday 12 March'))).toEqual([
        'Bob all day',
      ]),
    );
  });

  it('offers to end a running override now instead of removing it', async () => {
    const api = fakeOncallApi({
      rotations: [makeRotation()],
      overrides: [
        {
          id: 'ovr-running',
          rotationId: 'rot-potw',
          user: CAROL,
          start: '2026-03-11T09:00:00.000Z',
          end: '2026-03-11T13:00:00.000Z',
          createdBy: ALICE,
          createdAt: '2026-03-01T00:00:00.000Z',
        },
      ],
    });
    await renderWithApis(<TeamOncallContent />, { api });
    const end = await screen.findByRole('button', {
      name: 'End override of Carol, Wed 11 Mar, 10:00 – Wed 11 Mar, 14:00',
    });
    expect(end).toHaveTextContent('End now');
    await userEvent.click(end);
    expect(api.deleteOverride).toHaveBeenCalledWith('rot-potw', 'ovr-running');
  });
});
