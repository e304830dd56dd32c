import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles, Typography } from '@material-ui/core';
import { SelfServiceRun } from '@agile-ops/plugin-maturity-common';
import { absoluteTime, relativeTime } from '../../lib/relativeTime';
import { templateTitle } from '../../lib/templates';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: theme.spacing(0.5, 0) },
}));

/** The latest runs, newest first: which template, who launched it and when. */
export function RecentRuns(props: {
  runs: SelfServiceRun[];
  titles: ReadonlyMap<string, string>;
}) {
  const classes = useStyles();
  return (
    <ul className={classes.list} aria-label="Recent runs">
      {props.runs.map(run => (
        <li key={run.id} className={classes.item}>
          <Typography variant="body2">
            <strong>{templateTitle(props.titles, run.templateRef)}</strong>
            {' by '}
            <EntityRefLink entityRef={run.runBy} defaultKind="user" />{' '}
            <time dateTime={run.ranAt} title={absoluteTime(run.ranAt)}>
              {relativeTime(run.ranAt)}
            </time>
          </Typography>
        </li>
      ))}
    </ul>
  );
}
