import {
  NowResponse,
  ONCALL_TEAM_ANNOTATION,
} from '@agile-ops/plugin-oncall-common';
import { Typography } from '@material-ui/core';
import { People } from '../../lib/people';
import { PersonLink } from './PersonLink';

/**
 * Which team's rotations the card shows, so a reader can tell why these people; and when an
 * annotation chose the team rather than the owner, that it did.
 */
export function TeamLine(props: {
  team: string;
  now: NowResponse;
  people: People;
}) {
  return (
    <Typography variant="body2">
      Team <PersonLink entityRef={props.team} people={props.people} />
      {props.now.resolvedVia === 'annotation' && (
        <Typography variant="body2" color="textSecondary" component="span">
          {` via ${ONCALL_TEAM_ANNOTATION}`}
        </Typography>
      )}
    </Typography>
  );
}
