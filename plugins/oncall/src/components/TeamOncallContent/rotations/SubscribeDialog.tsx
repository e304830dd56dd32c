import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { errorMessage } from '@agile-ops/common';

/** Props of {@link SubscribeDialog}. */
export interface SubscribeDialogProps {
  rotation: RotationResponse;
  onClose: () => void;
}

/** The new feed URL with a copy button; it is never shown again once the dialog closes. */
function FeedUrl(props: { url: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = async () => {
    try {
      await window.navigator.clipboard.writeText(props.url);
      setCopied('yes');
    } catch {
      // Browsers refuse the clipboard outside secure contexts or without permission.
      setCopied('failed');
    }
  };
  return (
    <>
      <Alert severity="warning">
        Copy the URL now: it is shown only this once. Creating another feed URL
        revokes this one.
      </Alert>
      <Box display="flex" alignItems="center" mt={2} style={{ gap: 8 }}>
        <TextField
          id="oncall-feed-url"
          label="Feed URL"
          value={props.url}
          fullWidth
          variant="outlined"
          size="small"
          InputProps={{ readOnly: true }}
          onFocus={event => event.target.select()}
        />
        <Button
          variant="outlined"
          color="primary"
          startIcon={<FileCopyIcon />}
          onClick={copy}
        >
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </Box>
      {copied === 'failed' && (
        <Alert severity="info">
          The browser did not allow copying: select the URL and copy it
          yourself.
        </Alert>
      )}
      <DialogContentText>
        Paste it into your calendar app where it subscribes to a calendar by
        URL; the app then refreshes the shifts by itself.
      </DialogContentText>
    </>
  );
}

/**
 * Creates (or regenerates) and revokes the secret feed URL of a rotation's calendar, for the
 * members who may manage the rotation; the URL is shown once, right after it is created.
 */
export function SubscribeDialog(props: SubscribeDialogProps) {
  const { rotation, onClose } = props;
  const api = useApi(oncallApiRef);
  // The URL lives only in this state: closing the dialog forgets it for good.
  const [feedUrl, setFeedUrl] = useState<string>();
  const [revoked, setRevoked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      setFeedUrl((await api.createFeedToken(rotation.id)).feedUrl);
      setRevoked(false);
    });
  const revoke = () =>
    run(async () => {
      await api.revokeFeedToken(rotation.id);
      setRevoked(true);
    });

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="oncall-subscribe-title"
      fullWidth
    >
      <DialogTitle id="oncall-subscribe-title">
        Subscribe to {rotation.name}
      </DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        {revoked && (
          <Alert severity="success">
            The feed URL is revoked: calendars subscribed to it no longer
            update.
          </Alert>
        )}
        {feedUrl ? (
          <FeedUrl url={feedUrl} />
        ) : (
          <DialogContentText>
            Calendar apps cannot sign in to the portal, so they read the shifts
            from a secret feed URL: anyone who has it sees who is on duty when,
            without signing in. A new feed URL revokes the rotation's previous
            one, and calendars subscribed to that stop updating.
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        {feedUrl ? (
          <Button color="primary" variant="contained" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Close</Button>
            {!revoked && (
              <Button onClick={revoke} disabled={busy}>
                Revoke feed URL
              </Button>
            )}
            <Button
              color="primary"
              variant="contained"
              onClick={create}
              disabled={busy}
            >
              Create feed URL
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
