import { spec } from '@agile-ops/plugin-oncall-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../../__testUtils__/clock';
import {
  fakeOncallApi,
  inputError,
} from '../../../__testUtils__/fakeOncallApi';
import {
  ALICE,
  GROUP_REF,
  makeRotation,
} from '../../../__testUtils__/fixtures';
import { rowsOf } from '../../../__testUtils__/queries';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

async function openDialog() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Log interrupt' }),
  );
  return screen.findByRole('dialog', { name: 'Log interrupt' });
}

describe('InterruptLedger', () => {
  pinClock();

  it("stops the title where the on-call API's document puts its limit", async () => {
    await renderWithApis(<TeamOncallContent />, { api: fakeOncallApi() });
    const dialog = await openDialog();
    expect(within(dialog).getByLabelText(/^Title/)).toHaveAttribute(
      'maxLength',
      String(
        spec.components.schemas.CreateInterruptRequest.properties.title
          .maxLength,
      ),
    );
  });

  it('says what to do while the ledger is empty', async () => {
    const api = fakeOncallApi();
    await renderWithApis(<TeamOncallContent />, { api });
    expect(
      await screen.findByText(/No interrupts recorded yet/),
    ).toBeInTheDocument();
    expect(api.listInterrupts).toHaveBeenCalledWith({
      team: GROUP_REF,
      limit: 50,
    });
  });

  it('logs an interrupt and shows it, triaged by the PoTW of the time', async () => {
    const api = fakeOncallApi({
      rotations: [makeRotation()],
      interrupts: [
        {
          id: 'int-old',
          team: GROUP_REF,
          title: 'Refund question',
          category: 'question',
          receivedAt: '2026-03-03T08:00:00.000Z',
          triagedBy: ALICE,
          effortMinutes: 15,
          resolvedAt: '2026-03-03T09:00:00.000Z',
          source: 'manual',
          createdBy: ALICE,
        },
      ],
    });
    await renderWithApis(<TeamOncallContent />, { api });
    await screen.findByRole('table', { name: 'Interrupt ledger' });

    const dialog = await openDialog();
    await userEvent.type(
      within(dialog).getByLabelText(/^Title/),
      'Card payments failing',
    );
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Category'),
      'Incident',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Entity (optional)'),
      'component:default/payments-api',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Effort in minutes (optional)'),
      '90',
    );
    // "Received at" defaults to now on the viewer's clock.
    expect(
      within(dialog).getByLabelText(/Received at \(Europe\/Berlin\)/),
    ).toHaveValue('2026-03-11T11:00');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Log interrupt' }),
    );

    expect(api.createInterrupt).toHaveBeenCalledWith({
      team: GROUP_REF,
      title: 'Card payments failing',
      category: 'incident',
      entityRef: 'component:default/payments-api',
      effortMinutes: 90,
      receivedAt: '2026-03-11T10:00:00.000Z',
    });
    const table = await screen.findByRole('table', {
      name: 'Interrupt ledger',
    });
    await waitFor(() =>
      expect(rowsOf(table)).toEqual([
        [
          'Wed 11 Mar, 11:00',
          'Card payments failing',
          'Incident',
          'payments-api',
          'Bob',
          '1 h 30 min',
          'Mark resolved',
        ],
        [
          'Tue 3 Mar, 09:00',
          'Refund question',
          'Question',
          '–',
          'Alice',
          '15 min',
          'Tue 3 Mar, 10:00',
        ],
      ]),
    );
  });

  it('shows the server’s validation message in the dialog', async () => {
    const api = fakeOncallApi();
    api.createInterrupt.mockRejectedValueOnce(
      await inputError('entityRef "payments" is not an entity ref'),
    );
    await renderWithApis(<TeamOncallContent />, { api });
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Help');
    await userEvent.type(
      within(dialog).getByLabelText('Entity (optional)'),
      'payments',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Log interrupt' }),
    );
    expect(
      await within(dialog).findByText(
        'entityRef "payments" is not an entity ref',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Log interrupt' })).toBeVisible();
  });

  it('marks an interrupt resolved now', async () => {
    const api = fakeOncallApi({
      interrupts: [
        {
          id: 'int-1',
          team: GROUP_REF,
          title: 'Webhook retries',
          category: 'alert',
          receivedAt: '2026-03-10T08:00:00.000Z',
          source: 'self-service',
          createdBy: ALICE,
        },
      ],
    });
    await renderWithApis(<TeamOncallContent />, { api });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Mark "Webhook retries" resolved',
      }),
    );
    expect(api.updateInterrupt).toHaveBeenCalledWith('int-1', {
      resolvedAt: '2026-03-11T10:00:00.000Z',
    });
    const table = screen.getByRole('table', { name: 'Interrupt ledger' });
    await waitFor(() => expect(rowsOf(table)[0][6]).toBe('Wed 11 Mar, 11:00'));
  });
});
