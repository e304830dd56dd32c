import { Rollup } from '@agile-ops/plugin-maturity-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { ScoreBadge } from '../shared/ScoreCell';

/** The lowest-level entities of a scope, each linked to its page. */
export function PulledDownList({ rollup }: { rollup: Rollup }) {
  if (rollup.pulledDownBy.length === 0) {
    return (
      <Typography color="textSecondary">
        No entity in this scope has a level yet.
      </Typography>
    );
  }
  return (
    <List dense aria-label="Entities pulling the scope down">
      {rollup.pulledDownBy.map(item => (
        <ListItem key={item.entityRef} disableGutters>
          <ScoreBadge value={item.level} label={`level ${item.level}`} />
          <ListItemText
            style={{ marginLeft: 12 }}
            primary={<EntityRefLink entityRef={item.entityRef} />}
          />
        </ListItem>
      ))}
    </List>
  );
}
