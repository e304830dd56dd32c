import { InstantInput, parseInstant, toIso } from './instants';
import { PreparedRotation, prepareRotation } from './prepare';
import { RotationInput } from './rotation';
import { resolveWindow } from './resolve';
import { Handoff } from './shifts';
import { withGaps } from './timeline';
import { Override } from './schema/openapi.generated';

const DAY_MS = 86_400_000;

// An instant by which the next hand-off after `t` has happened, if there is one at all: once
// every version has taken over and started and every override has ended, only the last
// version's cycle is left, and it repeats its participants every n shifts.
function searchHorizon(rotation: PreparedRotation, t: number): number {
  let settled = t;
  for (const override of rotation.overrides) {
    settled = Math.max(settled, override.end);
  }
  const last = rotation.versions[rotation.versions.length - 1];
  if (!last) {
    return settled + 1;
  }
  settled = Math.max(settled, last.from, last.grid.at(0));
  const k = last.grid.indexAt(settled);
  // Two spare shifts: an empty shift (see WallClockGrid.at) can hide one participant.
  return last.grid.at(k + last.participants.length + 2);
}

/**
 * The first moment after `instant` at which the person covering changes, or `null` if that
 * never happens (a single participant and no overrides ahead, say).
 *
 * @remarks
 * A hand-off from or to a gap counts, with `null` for the gap side. A boundary where the same
 * person goes on (a new shift of a one-person rotation, a new version, an override for the
 * person already on duty) is not a hand-off.
 *
 * @public
 */
export function nextHandoff(
  rotation: RotationInput,
  overrides: ReadonlyArray<Override>,
  instant: InstantInput,
): Handoff | null {
  const prepared = prepareRotation(rotation, overrides);
  const t = parseInstant(instant, 'instant');
  const horizon = searchHorizon(prepared, t);
  let current: string | null | undefined;
  // Look a day ahead first and double the look-ahead, so the usual case resolves few shifts.
  for (let from = t, span = DAY_MS; from < horizon; span *= 2) {
    const to = Math.min(horizon, from + span);
    const tiles = resolveWindow(prepared, from, to);
    for (const tile of withGaps(tiles, from, to)) {
      if (current === undefined) {
        current = tile.user;
      } else if (tile.user !== current) {
        return { at: toIso(tile.start), from: current, to: tile.user };
      }
    }
    from = to;
  }
  return null;
}
