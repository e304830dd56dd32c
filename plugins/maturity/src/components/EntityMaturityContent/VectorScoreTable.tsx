import { Scorecard, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  makeStyles,
  Typography,
} from '@material-ui/core';
import { ScoreBadge } from '../shared/ScoreCell';
import { formatShare } from '../../lib/format';

const useStyles = makeStyles({
  // Short values stay on one line; the hint and rationale columns take the remaining width.
  nowrap: { whiteSpace: 'nowrap' },
  // Vector titles wrap between words only: "Supportability" is never split in two.
  title: { wordBreak: 'normal', overflowWrap: 'normal', minWidth: 120 },
});

/** Props of {@link VectorScoreTable}. */
export interface VectorScoreTableProps {
  scorecard: Scorecard;
  rubric: VectorsResponse;
  selected?: string;
  onSelect: (vector: string) => void;
}

/**
 * The 15 vectors with score, what the score means, rationale, who scored it, when, from which
 * source, whether it is stale and how confident it is. Choosing a row shows that vector's history.
 */
export function VectorScoreTable(props: VectorScoreTableProps) {
  const { scorecard, rubric, selected, onSelect } = props;
  const classes = useStyles();
  const entries = new Map(scorecard.vectors.map(v => [v.vector, v]));
  return (
    <Table size="small" aria-label="Vector scores">
      <TableHead>
        <TableRow>
          <TableCell>Vector</TableCell>
          <TableCell className={classes.nowrap}>Score</TableCell>
          <TableCell>What the score means</TableCell>
          <TableCell>Rationale</TableCell>
          <TableCell className={classes.nowrap}>Scored by</TableCell>
          <TableCell className={classes.nowrap}>When</TableCell>
          <TableCell className={classes.nowrap}>Source</TableCell>
          <TableCell className={classes.nowrap}>Fresh</TableCell>
          <TableCell className={classes.nowrap}>
            <Tooltip title="How far the score can be trusted today: it halves with age and follows whether the evidence agrees">
              <span>Confidence</span>
            </Tooltip>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rubric.vectors.map(vector => {
          const entry = entries.get(vector.id);
          const score = entry?.score ?? null;
          return (
            <TableRow
              key={vector.id}
              hover
              selected={selected === vector.id}
              onClick={() => onSelect(vector.id)}
              style={{ cursor: 'pointer' }}
            >
              <TableCell component="th" scope="row" className={classes.title}>
                <Tooltip title={vector.description}>
                  <span>{vector.title}</span>
                </Tooltip>
              </TableCell>
              <TableCell>
                <ScoreBadge
                  value={score}
                  label={
                    score === null
                      ? `${vector.title}: not scored`
                      : `${vector.title}: ${score} of 5`
                  }
                />
              </TableCell>
              <TableCell>
                <Typography variant="body2" color="textSecondary">
                  {score === null ? '—' : vector.levelHints[score]}
                </Typography>
              </TableCell>
              <TableCell>{entry?.rationale ?? ''}</TableCell>
              <TableCell className={classes.nowrap}>
                {entry?.recordedBy ? (
                  <EntityRefLink
                    entityRef={entry.recordedBy}
                    defaultKind="user"
                    hideIcon
                  />
                ) : (
                  ''
                )}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {entry?.recordedAt
                  ? new Date(entry.recordedAt).toLocaleDateString()
                  : ''}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {entry?.source ?? ''}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {score !== null && entry?.stale && (
                  <Chip size="small" label="stale" variant="outlined" />
                )}
                {score !== null && !entry?.stale && 'current'}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {entry?.confidence === undefined
                  ? ''
                  : formatShare(entry.confidence)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
