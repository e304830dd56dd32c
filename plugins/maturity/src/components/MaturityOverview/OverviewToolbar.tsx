import {
  Box,
  Button,
  FormControlLabel,
  Switch,
  TextField,
} from '@material-ui/core';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';

/** What the overview rolls up by. */
export type OverviewMode = 'domain' | 'group';

/** Props of {@link OverviewToolbar}. */
export interface OverviewToolbarProps {
  mode: OverviewMode;
  text: string;
  staleOnly: boolean;
  exporting: boolean;
  onModeChange: (mode: OverviewMode) => void;
  onTextChange: (text: string) => void;
  onStaleOnlyChange: (staleOnly: boolean) => void;
  onExport: () => void;
}

/** Roll up by domains or owner groups, filter the rows, export the scores as CSV. */
export function OverviewToolbar(props: OverviewToolbarProps) {
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={16}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={props.mode}
        onChange={(_event, next: OverviewMode | null) =>
          next && next !== props.mode && props.onModeChange(next)
        }
        aria-label="Roll up by"
      >
        <ToggleButton value="domain">Domains and systems</ToggleButton>
        <ToggleButton value="group">Owner groups</ToggleButton>
      </ToggleButtonGroup>
      <TextField
        id="maturity-overview-filter"
        label="Filter by name"
        size="small"
        variant="outlined"
        value={props.text}
        onChange={event => props.onTextChange(event.target.value)}
      />
      <FormControlLabel
        control={
          <Switch
            checked={props.staleOnly}
            onChange={event => props.onStaleOnlyChange(event.target.checked)}
          />
        }
        label="Only with stale scores"
      />
      <Box flexGrow={1} />
      <Button
        variant="outlined"
        onClick={props.onExport}
        disabled={props.exporting}
      >
        Export CSV
      </Button>
    </Box>
  );
}
