import { Rollup, VectorsResponse } from '@agile-ops/plugin-maturity-common';
import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
} from '@material-ui/core';
import { formatShare, formatValue } from '../../lib/format';
import { scoreColors } from '../../lib/scoreColors';
import { coverageOf, isDrillable, RollupSort, scopeName } from './rollupRows';
import { useGridNavigation } from './useGridNavigation';

const useStyles = makeStyles(theme => ({
  wrapper: { overflowX: 'auto' },
  table: { borderCollapse: 'separate', borderSpacing: 2 },
  header: {
    fontSize: 12,
    padding: theme.spacing(0.5),
    verticalAlign: 'bottom',
    whiteSpace: 'nowrap',
  },
  // Vector titles run bottom-to-top so 15 columns fit without breaking words.
  vectorHeader: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    maxHeight: 160,
    textAlign: 'left',
  },
  name: {
    minWidth: 140,
    maxWidth: 240,
    padding: theme.spacing(0.5, 1),
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  number: {
    padding: theme.spacing(0.5, 1),
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  cell: {
    minWidth: 36,
    padding: theme.spacing(0.75, 0.5),
    textAlign: 'center',
    fontWeight: 600,
    fontVariantNumeric: 'tabular-nums',
    borderRadius: 3,
    border: 'none',
    '&:focus': {
      outline: `3px solid ${theme.palette.secondary.main}`,
      outlineOffset: -1,
    },
  },
  empty: {
    color: theme.palette.text.secondary,
    border: `1px dashed ${theme.palette.divider}`,
  },
  selected: {
    '& > *:first-child': {
      boxShadow: `inset 4px 0 0 ${theme.palette.primary.main}`,
    },
  },
  focusable: {
    '&:focus': {
      outline: `3px solid ${theme.palette.secondary.main}`,
      outlineOffset: -3,
    },
  },
}));

/** Props of {@link HeatMap}. */
export interface HeatMapProps {
  rows: Rollup[];
  rubric: VectorsResponse;
  sort: RollupSort;
  selectedRef?: string;
  /** Label of the grid for assistive technology, e.g. "Domains by vector". */
  label: string;
  onSort: (key: string) => void;
  onOpen: (row: Rollup) => void;
  onSelect: (row: Rollup, vector?: string) => void;
}

const FIXED_COLUMNS = [
  { key: 'name', label: 'Scope' },
  { key: 'level', label: 'Level' },
  { key: 'coverage', label: 'Coverage' },
  { key: 'stale', label: 'Stale' },
] as const;

/**
 * Scopes × the 15 vectors. Each cell shows the roll-up value on its colour and says the rule,
 * coverage and staleness in its label. Arrow keys move between cells, Enter opens the scope,
 * Space selects it (on a vector cell, with that vector's trend).
 */
export function HeatMap(props: HeatMapProps) {
  const { rows, rubric, sort, selectedRef, label, onSort, onOpen, onSelect } =
    props;
  const classes = useStyles();
  const columns = FIXED_COLUMNS.length + rubric.vectors.length;
  const vectorAt = (column: number) =>
    rubric.vectors[column - FIXED_COLUMNS.length]?.id;
  const { onKeyDown, cellProps } = useGridNavigation({
    rows: rows.length,
    columns,
    onEnter: row => rows[row] && onOpen(rows[row]),
    onSpace: (row, column) =>
      rows[row] && onSelect(rows[row], vectorAt(column)),
  });

  const sortLabel = (key: string, text: string) => (
    <TableSortLabel
      active={sort.key === key}
      direction={sort.key === key ? sort.order : 'asc'}
      onClick={() => onSort(key)}
    >
      {text}
    </TableSortLabel>
  );

  return (
    <div className={classes.wrapper}>
      <Table
        size="small"
        className={classes.table}
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        onKeyDown={onKeyDown}
      >
        <TableHead>
          <TableRow>
            {FIXED_COLUMNS.map(column => (
              <TableCell
                key={column.key}
                className={classes.header}
                sortDirection={sort.key === column.key ? sort.order : false}
              >
                {sortLabel(column.key, column.label)}
              </TableCell>
            ))}
            {rubric.vectors.map(vector => (
              <TableCell
                key={vector.id}
                className={classes.header}
                title={vector.description}
                sortDirection={sort.key === vector.id ? sort.order : false}
              >
                <span className={classes.vectorHeader}>
                  {sortLabel(vector.id, vector.title)}
                </span>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, rowIndex) => {
            const name = scopeName(row);
            const drillable = isDrillable(row);
            const byVector = new Map(row.vectors.map(v => [v.vector, v]));
            return (
              <TableRow
                key={row.scope.entityRef}
                hover
                className={
                  row.scope.entityRef === selectedRef
                    ? classes.selected
                    : undefined
                }
                aria-selected={row.scope.entityRef === selectedRef}
              >
                <TableCell
                  component="th"
                  scope="row"
                  role="rowheader"
                  className={`${classes.name} ${classes.focusable}`}
                  {...cellProps(rowIndex, 0)}
                  onClick={() => onSelect(row)}
                >
                  <Link
                    component="button"
                    tabIndex={-1}
                    onClick={(event: React.MouseEvent) => {
                      event.stopPropagation();
                      onOpen(row);
                    }}
                    title={
                      drillable ? `Open ${name}` : `Go to the page of ${name}`
                    }
                  >
                    {name}
                  </Link>
                </TableCell>
                <TableCell
                  role="gridcell"
                  className={`${classes.number} ${classes.focusable}`}
                  {...cellProps(rowIndex, 1)}
                  onClick={() => onSelect(row, 'level')}
                  aria-label={`${name} mean level ${formatValue(
                    row.level.mean,
                  )}`}
                >
                  {formatValue(row.level.mean)}
                </TableCell>
                <TableCell
                  role="gridcell"
                  className={`${classes.number} ${classes.focusable}`}
                  {...cellProps(rowIndex, 2)}
                  onClick={() => onSelect(row)}
                  aria-label={`${name}: ${row.entities.assessed} of ${row.entities.total} entities assessed`}
                >
                  {formatShare(coverageOf(row))}{' '}
                  <small>
                    ({row.entities.assessed}/{row.entities.total})
                  </small>
                </TableCell>
                <TableCell
                  role="gridcell"
                  className={`${classes.number} ${classes.focusable}`}
                  {...cellProps(rowIndex, 3)}
                  onClick={() => onSelect(row)}
                  aria-label={`${name}: ${row.entities.stale} entities with stale scores`}
                >
                  {row.entities.stale}
                </TableCell>
                {rubric.vectors.map((vector, vectorIndex) => {
                  const cell = byVector.get(vector.id);
                  const value = cell?.value ?? null;
                  const colors = scoreColors(value);
                  const description =
                    value === null
                      ? `${name}, ${vector.title}: not scored`
                      : `${name}, ${vector.title}: ${formatValue(value)} (${
                          cell!.rule
                        }), ${cell!.assessed} of ${
                          row.entities.total
                        } scored, ${cell!.stale} stale, range ${formatValue(
                          cell!.min,
                        )}–${formatValue(cell!.max)}${
                          typeof cell!.confidence === 'number'
                            ? `, confidence ${formatShare(cell!.confidence)}`
                            : ''
                        }`;
                  return (
                    <TableCell
                      key={vector.id}
                      role="gridcell"
                      className={
                        colors
                          ? classes.cell
                          : `${classes.cell} ${classes.empty}`
                      }
                      style={colors ?? undefined}
                      aria-label={description}
                      title={description}
                      {...cellProps(
                        rowIndex,
                        FIXED_COLUMNS.length + vectorIndex,
                      )}
                      onClick={() => onSelect(row, vector.id)}
                    >
                      {formatValue(value)}
                      {cell && cell.stale > 0 ? <sup aria-hidden>*</sup> : null}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
