import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pinClock } from '../../../__testUtils__/clock';
import {
  fakeOncallApi,
  inputError,
} from '../../../__testUtils__/fakeOncallApi';
import { GROUP_REF, makeRotation } from '../../../__testUtils__/fixtures';
import { findDay } from '../../../__testUtils__/queries';
import { renderWithApis } from '../../../__testUtils__/renderWithApis';
import { TeamOncallContent } from '../TeamOncallContent';

const DIALOG = 'Subscribe to Person of the week';

async function openDialog() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Subscribe' }),
  );
  return screen.findByRole('dialog', { name: DIALOG });
}

describe('subscribing to a rotation calendar', () => {
  pinClock();

  it('creates a feed URL, shows it once with a copy button and a warning', async () => {
    const user = userEvent.setup();
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });

    const dialog = await openDialog();
    expect(
      within(dialog).getByText(/revokes the rotation's previous one/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Feed URL')).toBeNull();
    expect(api.createFeedToken).not.toHaveBeenCalled();

    await user.click(
      within(dialog).getByRole('button', { name: 'Create feed URL' }),
    );
    expect(api.createFeedToken).toHaveBeenCalledWith('rot-potw');
    const url = await within(dialog).findByRole('textbox', {
      name: 'Feed URL',
    });
    expect(url).toHaveValue(
      'http://localhost:7007/api/oncall/feeds/feed-token-1/calendar.ics',
    );
    expect(
      within(dialog).getByText(/shown only this once/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Creating another feed URL revokes this one/),
    ).toBeInTheDocument();

    // userEvent.setup() put a clipboard stub in place; the spy records what is copied.
    const writeText = jest.spyOn(window.navigator.clipboard, 'writeText');
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(
      await within(dialog).findByRole('button', { name: 'Copied' }),
    ).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:7007/api/oncall/feeds/feed-token-1/calendar.ics',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: DIALOG })).toBeNull(),
    );

    // Opened again, the dialog does not know the URL any more; a new one replaces it.
    const again = await openDialog();
    expect(within(again).queryByLabelText('Feed URL')).toBeNull();
    await user.click(
      within(again).getByRole('button', { name: 'Create feed URL' }),
    );
    expect(
      await within(again).findByRole('textbox', { name: 'Feed URL' }),
    ).toHaveValue(
      'http://localhost:7007/api/oncall/feeds/feed-token-2/calendar.ics',
    );
  });

  it('revokes the feed URL', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    await renderWithApis(<TeamOncallContent />, { api });

    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke feed URL' }),
    );
    expect(api.revokeFeedToken).toHaveBeenCalledWith('rot-potw');
    expect(
      await within(dialog).findByText(/The feed URL is revoked/),
    ).toBeInTheDocument();
    expect(
      within(dialog).queryByRole('button', { name: 'Revoke feed URL' }),
    ).toBeNull();
  });

  it("shows the backend's message when the URL cannot be made", async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    api.createFeedToken.mockRejectedValueOnce(
      await inputError('oncall.rotation.manage is not permitted'),
    );
    await renderWithApis(<TeamOncallContent />, { api });

    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create feed URL' }),
    );
    expect(
      await within(dialog).findByText(
        'oncall.rotation.manage is not permitted',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Feed URL')).toBeNull();
  });

  it('is not offered to those who may not manage the rotation', async () => {
    const api = fakeOncallApi({ rotations: [makeRotation()] });
    const { authorize } = await renderWithApis(<TeamOncallContent />, {
      api,
      permissions: { 'oncall.rotation.manage': false },
    });
    await findDay('Monday 9 March');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Add override' }),
      ).toBeEnabled(),
    );
    expect(screen.queryByRole('button', { name: 'Subscribe' })).toBeNull();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'oncall.rotation.manage',
        }),
        resourceRef: GROUP_REF,
      }),
    );
    expect(api.createFeedToken).not.toHaveBeenCalled();
  });
});
