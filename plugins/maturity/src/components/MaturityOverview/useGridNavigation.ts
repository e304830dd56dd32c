import { KeyboardEvent, useCallback, useState } from 'react';

/** A cell position in a grid. */
export interface GridPosition {
  row: number;
  column: number;
}

/** Keeps a position inside a grid of the given size (rows change with paging and filters). */
function clampTo(
  position: GridPosition,
  rows: number,
  columns: number,
): GridPosition {
  return {
    row: Math.max(0, Math.min(rows - 1, position.row)),
    column: Math.max(0, Math.min(columns - 1, position.column)),
  };
}

/**
 * Roving focus for a data grid: one cell is in the tab order, the arrow keys, Home and End move
 * it, Enter and Space act on the focused row. The grid is one tab stop however many cells it has.
 */
export function useGridNavigation(options: {
  rows: number;
  columns: number;
  onEnter: (row: number) => void;
  onSpace: (row: number, column: number) => void;
}) {
  const { rows, columns, onEnter, onSpace } = options;
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const current = clampTo(active, rows, columns);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const moves: Record<string, GridPosition> = {
        ArrowUp: { row: current.row - 1, column: current.column },
        ArrowDown: { row: current.row + 1, column: current.column },
        ArrowLeft: { row: current.row, column: current.column - 1 },
        ArrowRight: { row: current.row, column: current.column + 1 },
        Home: { row: current.row, column: 0 },
        End: { row: current.row, column: columns - 1 },
      };
      const next = moves[event.key];
      if (next) {
        event.preventDefault();
        const target = clampTo(next, rows, columns);
        setActive(target);
        const grid = event.currentTarget;
        // Focus follows the roving position so screen readers announce the new cell.
        requestAnimationFrame(() =>
          grid
            .querySelector<HTMLElement>(
              `[data-row="${target.row}"][data-column="${target.column}"]`,
            )
            ?.focus(),
        );
        return;
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        onEnter(current.row);
      } else if (event.key === ' ') {
        event.preventDefault();
        onSpace(current.row, current.column);
      }
    },
    [current.row, current.column, rows, columns, onEnter, onSpace],
  );

  const cellProps = (row: number, column: number) => ({
    'data-row': row,
    'data-column': column,
    tabIndex: row === current.row && column === current.column ? 0 : -1,
    onFocus: () => setActive({ row, column }),
  });

  return { onKeyDown, cellProps };
}
