import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import EventIcon from '@material-ui/icons/Event';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../../api/OncallApi';

/** Props of {@link SubscribeLink}. */
export interface SubscribeLinkProps {
  rotationId: string;
}

/** A link to the rotation's iCal feed, which calendar apps can subscribe to. */
export function SubscribeLink(props: SubscribeLinkProps) {
  const api = useApi(oncallApiRef);
  const { value: url } = useAsync(
    () => api.getCalendarUrl(props.rotationId),
    [api, props.rotationId],
  );
  if (!url) return null;
  return (
    <Typography variant="body2">
      <EventIcon fontSize="inherit" aria-hidden />{' '}
      <Link to={url}>Subscribe to calendar</Link>{' '}
      <Typography component="span" variant="body2" color="textSecondary">
        (copy the link into your calendar app's "subscribe by URL" to see the
        shifts there; it updates by itself)
      </Typography>
    </Typography>
  );
}
