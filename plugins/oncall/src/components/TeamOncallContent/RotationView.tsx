import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { InfoCard } from '@backstage/core-components';
import { Box, Grid, makeStyles, Typography } from '@material-ui/core';
import { ShiftCalendar } from './calendar/ShiftCalendar';
import { HandoffsCard } from './handoffs/HandoffsCard';
import { NowSummary } from './NowSummary';
import { OverridesCard } from './overrides/OverridesCard';
import { NewRotationButtons } from './rotations/NewRotationButtons';
import { RotationPicker } from './rotations/RotationPicker';
import { SubscribeButton } from './rotations/SubscribeButton';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  grow: { flexGrow: 1 },
}));

/** Props of {@link RotationView}. */
export interface RotationViewProps {
  /** Sorted, PoTW first. */
  rotations: RotationResponse[];
  selected: RotationResponse;
  onSelect: (rotationId: string) => void;
  onCreated: (rotation: RotationResponse) => void;
}

/** The selected rotation: who is on now, its calendar, overrides and hand-offs. */
export function RotationView(props: RotationViewProps) {
  const { rotations, selected, onSelect, onCreated } = props;
  const classes = useStyles();
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard>
          <div className={classes.header}>
            <RotationPicker
              rotations={rotations}
              selected={selected}
              onSelect={onSelect}
            />
            <div className={classes.grow} />
            <SubscribeButton rotation={selected} />
            <NewRotationButtons
              createLabel="New rotation"
              onCreated={onCreated}
            />
          </div>
          {selected.source === 'ical' && selected.imported && (
            <Typography variant="body2" color="textSecondary">
              Imported from iCal: {selected.imported.entries}{' '}
              {selected.imported.entries === 1 ? 'entry' : 'entries'}.
            </Typography>
          )}
          <Box mt={1}>
            <NowSummary />
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Calendar">
          <ShiftCalendar rotation={selected} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <OverridesCard rotation={selected} />
      </Grid>
      <Grid item xs={12} md={6}>
        <HandoffsCard rotation={selected} />
      </Grid>
    </Grid>
  );
}
