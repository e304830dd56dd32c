// Half-open stretches of time in epoch milliseconds, and the two operations the resolver needs.

import { ShiftSource } from './shifts';

/** @internal */
export interface Tile {
  readonly start: number;
  readonly end: number;
  readonly user: string;
  readonly source: ShiftSource;
  /** The version key of a rotation tile, the override id of an override tile. */
  readonly key: string;
}

/** @internal */
export interface GapTile {
  readonly start: number;
  readonly end: number;
  readonly user: null;
}

/**
 * Lays `top` over sorted, non-overlapping tiles: what it overlaps is cut away, the rest stays.
 *
 * @internal
 */
export function paint(tiles: ReadonlyArray<Tile>, top: Tile): Tile[] {
  // The tiles are sorted, so what lies before `top` and after it stays in order: no sort is
  // needed, and laying n overrides costs n passes rather than n sorts.
  const before: Tile[] = [];
  const after: Tile[] = [];
  for (const tile of tiles) {
    if (tile.end <= top.start) {
      before.push(tile);
    } else if (tile.start >= top.end) {
      after.push(tile);
    } else {
      if (tile.start < top.start) before.push({ ...tile, end: top.start });
      if (tile.end > top.end) after.push({ ...tile, start: top.end });
    }
  }
  return [...before, top, ...after];
}

/**
 * Fills the holes between sorted, non-overlapping tiles inside `[from, to)` with gap tiles.
 *
 * @internal
 */
export function withGaps(
  tiles: ReadonlyArray<Tile>,
  from: number,
  to: number,
): Array<Tile | GapTile> {
  const result: Array<Tile | GapTile> = [];
  let cursor = from;
  for (const tile of tiles) {
    if (tile.start > cursor) {
      result.push({ start: cursor, end: tile.start, user: null });
    }
    result.push(tile);
    cursor = tile.end;
  }
  if (cursor < to) {
    result.push({ start: cursor, end: to, user: null });
  }
  return result;
}
