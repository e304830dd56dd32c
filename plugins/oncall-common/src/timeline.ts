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
  const result: Tile[] = [];
  for (const tile of tiles) {
    if (tile.end <= top.start || tile.start >= top.end) {
      result.push(tile);
      continue;
    }
    if (tile.start < top.start) {
      result.push({ ...tile, end: top.start });
    }
    if (tile.end > top.end) {
      result.push({ ...tile, start: top.end });
    }
  }
  result.push(top);
  return result.sort((a, b) => a.start - b.start);
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
