import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../../__testUtils__/clock';
import { fakeOncallApi } from '../../../__testUtils__/fakeOncallApi';
import { makeRotation } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

describe('HandoffsCard', () => {
  pinClock();

  it('lists the hand-offs of the next four weeks and adds a note to the next one', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });

    const list = await screen.findByRole('list', {
      name: 'Upcoming hand-offs',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Mon 16 Mar, 09:00: Bob → Alice',
      'Mon 23 Mar, 09:00: Alice → Bob',
      'Mon 30 Mar, 09:00: Bob → Alice',
      'Mon 6 Apr, 09:00: Alice → Bob',
    ]);
    expect(api.listHandoffs).toHaveBeenCalledWith('rot-potw', {
      from: '2026-03-11T10:00:00.000Z',
      to: '2026-04-08T10:00:00.000Z',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Add hand-off note',
    });
    expect(
      within(dialog).getByText(
        'For the hand-off on Mon 16 Mar, 09:00, Bob to Alice.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByLabelText(/Note/),
      'Payment retries are still noisy',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save note' }),
    );

    expect(api.createHandoffNote).toHaveBeenCalledWith('rot-potw', {
      at: '2026-03-16T08:00:00.000Z',
      text: 'Payment retries are still noisy',
    });
    const notes = await screen.findByRole('list', {
      name: 'Notes for Mon 16 Mar, 09:00, Bob to Alice',
    });
    expect(
      within(notes).getByText('Payment retries are still noisy'),
    ).toBeInTheDocument();
  });

  it('says so when no hand-off is ahead', async () => {
    const api = fakeOncallApi({
      rotations: [makeRotation()],
      handoffs: { 'rot-potw': [] },
    });
    await renderWithApis(<TeamOncallContent />, { api });
    expect(
      await screen.findByText(/No hand-offs in the next 4 weeks/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeDisabled();
  });
});
