import {
  CreateRotationRequest,
  validateRotationVersion,
} from '@agile-ops/plugin-oncall-common';
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
  GROUP_REF,
  makeRotation,
} from '../../../__testUtils__/fixtures';
import { entriesOf, findDay } from '../../../__testUtils__/queries';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:1',
  'DTSTART:20260309T080000Z',
  'DTEND:20260316T080000Z',
  'SUMMARY:Alice',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

async function pickParticipant(dialog: HTMLElement, name: string) {
  await userEvent.click(within(dialog).getByLabelText('Participants'));
  await userEvent.click(await screen.findByRole('option', { name }));
}

describe('creating and importing rotations', () => {
  pinClock();

  it('tells a team without a rotation how to start', async () => {
    const api = fakeOncallApi();
    await renderWithApis(<TeamOncallContent />, { api });
    expect(await screen.findByText('No rotation yet')).toBeInTheDocument();
    expect(
      screen.getByText(/Create the team's first rotation/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Create rotation' }),
    ).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Import iCal' })).toBeEnabled();
  });

  it('creates a rotation from the dialog and shows its calendar', async () => {
    const api = fakeOncallApi();
    await renderWithApis(<TeamOncallContent />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Create rotation' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Create rotation',
    });
    const submit = within(dialog).getByRole('button', {
      name: 'Create rotation',
    });
    expect(submit).toBeDisabled();

    await userEvent.type(
      within(dialog).getByLabelText(/^Name/),
      'Primary on-call',
    );
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Role'),
      'Primary on-call',
    );
    // The time zone defaults to the viewer's.
    expect(within(dialog).getByLabelText(/^Time zone/)).toHaveValue(
      'Europe/Berlin',
    );
    await pickParticipant(dialog, 'Bob');
    await pickParticipant(dialog, 'Alice');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Hand-off day'),
      'Wednesday',
    );
    const time = within(dialog).getByLabelText(/^Hand-off time/);
    await userEvent.clear(time);
    await userEvent.type(time, '10:30');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Shift length'),
      '1 day',
    );
    const start = within(dialog).getByLabelText(/^Start date/);
    expect(start).toHaveValue('2026-03-11');
    await userEvent.clear(start);
    await userEvent.type(start, '2026-03-04');
    await userEvent.click(submit);

    const expected: CreateRotationRequest = {
      owner: GROUP_REF,
      name: 'Primary on-call',
      version: {
        timezone: 'Europe/Berlin',
        role: 'primary',
        participants: [BOB, ALICE],
        handoff: { weekday: 3, time: '10:30' },
        shiftLength: 'P1D',
        startDate: '2026-03-04',
      },
    };
    expect(api.createRotation).toHaveBeenCalledWith(expected);
    // What the form sends passes the same validation the backend applies.
    expect(() =>
      validateRotationVersion({
        ...api.createRotation.mock.calls[0][0].version,
        effectiveFrom: '2026-03-11T10:00:00Z',
      }),
    ).not.toThrow();

    // Daily shifts from Wednesday 4 March 10:30, Bob first, so Alice has 11 March; the
    // rotation takes effect now (11:00 in Berlin), so the morning before is uncovered.
    expect(entriesOf(await findDay('Wednesday 11 March'))).toEqual([
      'Uncovered until 11:00',
      'Alice from 11:00',
    ]);
    expect(entriesOf(await findDay('Thursday 12 March'))).toEqual([
      'Alice until 10:30',
      'Bob from 10:30',
    ]);
    expect(
      screen.getByText('Primary on-call', { selector: 'h2' }),
    ).toBeInTheDocument();
  });

  it('refuses a time zone luxon does not know and shows server messages', async () => {
    const api = fakeOncallApi();
    api.createRotation.mockRejectedValueOnce(
      await inputError('version.startDate must be a calendar date'),
    );
    await renderWithApis(<TeamOncallContent />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Create rotation' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Create rotation',
    });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'PoTW');
    await pickParticipant(dialog, 'Carol');
    const zone = within(dialog).getByLabelText(/^Time zone/);
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Olympus');
    expect(
      within(dialog).getByText(
        'Enter an IANA time zone such as Europe/Berlin.',
      ),
    ).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', {
      name: 'Create rotation',
    });
    expect(submit).toBeDisabled();

    await userEvent.clear(zone);
    await userEvent.type(zone, 'America/New_York');
    await userEvent.click(submit);
    expect(
      await within(dialog).findByText(
        'version.startDate must be a calendar date',
      ),
    ).toBeInTheDocument();
  });

  it('imports an iCal file as a rotation', async () => {
    const api = fakeOncallApi();
    await renderWithApis(<TeamOncallContent />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Import iCal' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import iCal' });
    await userEvent.type(
      within(dialog).getByLabelText(/^Name/),
      'Ops schedule',
    );
    await userEvent.upload(
      within(dialog).getByLabelText('Calendar file (.ics)'),
      new File([ICS], 'schedule.ics', { type: 'text/calendar' }),
    );
    await waitFor(() =>
      // A textarea shows line breaks as \n; the file's own text is what gets sent.
      expect(within(dialog).getByLabelText('Calendar (iCal text)')).toHaveValue(
        ICS.replace(/\r\n/g, '\n'),
      ),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Import' }),
    );
    expect(api.importRotation).toHaveBeenCalledWith({
      owner: GROUP_REF,
      name: 'Ops schedule',
      role: 'primary',
      timezone: 'Europe/Berlin',
      ics: ICS,
    });
    expect(
      await screen.findByText('Imported from iCal: 1 entry.'),
    ).toBeInTheDocument();
  });

  it('offers "New rotation" and "Import iCal" when rotations exist', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'New rotation' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Create rotation' }),
    ).toBeInTheDocument();
  });
});
