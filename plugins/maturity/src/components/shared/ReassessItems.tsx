import { ReassessList } from '@agile-ops/plugin-maturity-common';
import { Link, Typography } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import { useEntityLinks } from '../../hooks/useEntityLinks';
import { formatShare, shortRef } from '../../lib/format';

function reasonText(item: ReassessList['items'][number]): string {
  switch (item.reason) {
    case 'never':
      return 'never scored';
    case 'disputed':
      return 'evidence disputes a score';
    case 'low-confidence':
      return `low confidence${
        item.confidence === undefined
          ? ''
          : ` (${formatShare(item.confidence)})`
      }`;
    default:
      return `stale, oldest score from ${
        item.oldestScoreAt
          ? new Date(item.oldestScoreAt).toLocaleDateString()
          : 'long ago'
      }`;
  }
}

/**
 * The entities a scope should reassess next, each linked to its maturity tab, with why (never
 * scored, the date of its oldest score, disputed by evidence, or low confidence), and how many
 * more there are.
 */
export function ReassessItems(props: { list: ReassessList; label: string }) {
  const { list, label } = props;
  const { maturityTab } = useEntityLinks();
  if (list.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing to reassess: every entity has fresh scores.
      </Typography>
    );
  }
  const more = list.totalItems - list.items.length;
  return (
    <>
      <ul aria-label={label} style={{ margin: 0, paddingLeft: 20 }}>
        {list.items.map(item => (
          <li key={item.entityRef}>
            <Link component={RouterLink} to={maturityTab(item.entityRef)}>
              {shortRef(item.entityRef)}
            </Link>{' '}
            <Typography component="span" variant="body2" color="textSecondary">
              {reasonText(item)}
            </Typography>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Typography variant="body2" color="textSecondary">
          and {more} more
        </Typography>
      )}
    </>
  );
}
