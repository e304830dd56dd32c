import { IterationStats } from '@agile-ops/plugin-oncall-common';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { formatMinutes, formatShare } from './format';
import { iterationLabel } from './shareData';

/** Props of {@link InterruptShareTable}. */
export interface InterruptShareTableProps {
  iterations: IterationStats[];
  zone: string;
}

/** The numbers behind the chart, one row per iteration; readable without seeing the chart. */
export function InterruptShareTable(props: InterruptShareTableProps) {
  const { iterations, zone } = props;
  return (
    <Table size="small" aria-label="Interrupt share per iteration">
      <TableHead>
        <TableRow>
          <TableCell>Iteration</TableCell>
          <TableCell align="right">Interrupts</TableCell>
          <TableCell align="right">Effort</TableCell>
          <TableCell align="right">Share of capacity</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {iterations.map(iteration => (
          <TableRow key={iteration.start}>
            <TableCell component="th" scope="row">
              {iterationLabel(iteration, zone)}
            </TableCell>
            <TableCell align="right">{iteration.count}</TableCell>
            <TableCell align="right">
              {formatMinutes(iteration.interruptMinutes)}
            </TableCell>
            <TableCell align="right">
              {iteration.share === null ? '–' : formatShare(iteration.share)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
