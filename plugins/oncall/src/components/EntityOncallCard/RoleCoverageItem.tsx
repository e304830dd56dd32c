import { RoleCoverage } from '@agile-ops/plugin-oncall-common';
import { Box, Chip, makeStyles, Typography } from '@material-ui/core';
import WarningIcon from '@material-ui/icons/Warning';
import { useId } from 'react';
import { displayName, People } from '../../lib/people';
import { roleLabel } from '../../lib/roles';
import { formatInstantInZones } from '../../lib/time';
import { ContactLinks } from './ContactLinks';
import { PersonLink } from './PersonLink';

const useStyles = makeStyles(theme => ({
  item: { padding: theme.spacing(1, 0) },
  person: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
  warning: {
    color: theme.palette.warning.main,
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
}));

/** "Nobody is covering" (now or next), in warning colour with an icon, never colour alone. */
function NobodyCovering(props: { text: string }) {
  const classes = useStyles();
  return (
    <span className={classes.warning}>
      <WarningIcon fontSize="small" />
      {props.text}
    </span>
  );
}

/** Who takes over after the current shift or gap, and when if that is not the `until`. */
function NextLine(props: { coverage: RoleCoverage; people: People }) {
  const { coverage, people } = props;
  const { next, until, timezone } = coverage;
  if (!next) {
    return until ? (
      <Typography variant="body2">Nothing scheduled after that</Typography>
    ) : null;
  }
  const at =
    next.at === until ? '' : ` from ${formatInstantInZones(next.at, timezone)}`;
  return (
    <Typography variant="body2">
      Next:{' '}
      {next.user ? (
        <PersonLink entityRef={next.user} people={people} />
      ) : (
        <NobodyCovering text="nobody is scheduled" />
      )}
      {at}
    </Typography>
  );
}

/**
 * One role of the team now: who covers it (or that nobody does), until when in the viewer's
 * and the rotation's zone, whether an override put them there, who is next, and how to reach
 * the person.
 */
export function RoleCoverageItem(props: {
  coverage: RoleCoverage;
  people: People;
}) {
  const { coverage, people } = props;
  const classes = useStyles();
  const headingId = useId();
  let until: string | undefined;
  if (coverage.until) {
    until = `until ${formatInstantInZones(coverage.until, coverage.timezone)}`;
  } else if (coverage.user) {
    until = 'No hand-off scheduled';
  }

  return (
    <li className={classes.item} aria-labelledby={headingId}>
      <Typography variant="overline" component="h3" id={headingId}>
        {roleLabel(coverage.role)}
      </Typography>
      <Box className={classes.person}>
        <Typography variant="subtitle1" component="span">
          {coverage.user ? (
            <PersonLink entityRef={coverage.user} people={people} />
          ) : (
            <NobodyCovering text="Nobody is covering" />
          )}
        </Typography>
        {coverage.override && <Chip size="small" label="Override" />}
      </Box>
      {until && (
        <Typography variant="body2" color="textSecondary">
          {until}
        </Typography>
      )}
      <NextLine coverage={coverage} people={people} />
      {coverage.user && (
        <ContactLinks
          person={people.get(coverage.user)}
          name={displayName(coverage.user, people.get(coverage.user))}
        />
      )}
    </li>
  );
}
