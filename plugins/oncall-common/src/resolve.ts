// The resolver's core: the tiles of a window, computed from prepared rotation input.

import { PreparedRotation, PreparedVersion } from './prepare';
import { paint, Tile } from './timeline';
import { Shift } from './schema/openapi.generated';

function rotationTiles(
  version: PreparedVersion,
  from: number,
  to: number,
): Tile[] {
  const start = Math.max(version.from, from);
  const end = Math.min(version.until, to);
  const tiles: Tile[] = [];
  if (start >= end) {
    return tiles;
  }
  const { grid, participants } = version;
  // Shift k runs from hand-off k to hand-off k + 1; before hand-off 0 the version has nobody.
  for (let k = Math.max(0, grid.indexAt(start)); grid.at(k) < end; k += 1) {
    const tileStart = Math.max(grid.at(k), start);
    const tileEnd = Math.min(grid.at(k + 1), end);
    if (tileStart < tileEnd) {
      tiles.push({
        start: tileStart,
        end: tileEnd,
        user: participants[k % participants.length],
        source: 'rotation',
        key: version.key,
      });
    }
  }
  return tiles;
}

/**
 * Sorted, non-overlapping covered tiles of `[from, to)`: the rotation's shifts with every
 * override laid over them in rising precedence.
 *
 * @internal
 */
export function resolveWindow(
  rotation: PreparedRotation,
  from: number,
  to: number,
): Tile[] {
  // Sorted once here; paint keeps the order as each override is laid over.
  let tiles = rotation.versions
    .flatMap(version => rotationTiles(version, from, to))
    .sort((a, b) => a.start - b.start);
  for (const override of rotation.overrides) {
    const start = Math.max(override.start, from);
    const end = Math.min(override.end, to);
    if (start < end) {
      tiles = paint(tiles, {
        start,
        end,
        user: override.user,
        source: 'override',
        key: override.id,
      });
    }
  }
  return tiles;
}

/**
 * The whole tile containing instant `t`, or undefined when nobody covers it.
 *
 * @remarks
 * A tile never reaches past the rotation shift or the overrides that contain `t`, so resolving
 * the window that spans exactly those yields the tile uncut.
 *
 * @internal
 */
export function tileAt(
  rotation: PreparedRotation,
  t: number,
): Tile | undefined {
  let from = Infinity;
  let to = -Infinity;
  const version = rotation.versions.find(v => v.from <= t && t < v.until);
  const k = version?.grid.indexAt(t) ?? -1;
  if (version && k >= 0) {
    from = Math.max(version.grid.at(k), version.from);
    to = Math.min(version.grid.at(k + 1), version.until);
  }
  for (const override of rotation.overrides) {
    if (override.start <= t && t < override.end) {
      from = Math.min(from, override.start);
      to = Math.max(to, override.end);
    }
  }
  if (from >= to) {
    return undefined;
  }
  return resolveWindow(rotation, from, to).find(
    tile => tile.start <= t && t < tile.end,
  );
}

/**
 * The public fields that say who covers a tile and why.
 *
 * @internal
 */
export function describeTile(tile: Tile): Omit<Shift, 'start' | 'end'> {
  return tile.source === 'rotation'
    ? { user: tile.user, source: tile.source, rotationVersion: tile.key }
    : { user: tile.user, source: tile.source, overrideId: tile.key };
}
