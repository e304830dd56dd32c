import { InstantInput, parseWindow, toIso } from './instants';
import { prepareRotation } from './prepare';
import { RotationInput } from './rotation';
import { describeTile, resolveWindow } from './resolve';
import { ShiftWindow } from './shifts';
import { withGaps } from './timeline';
import { Override } from './schema/openapi.generated';

/**
 * Every shift and gap of the window `[from, to)`, which together tile it exactly.
 *
 * @remarks
 * Rotation shifts follow the hand-offs on the version's wall clock and are cut where a new
 * version takes over; overrides are laid over them (the last created wins where overrides
 * overlap) and cut the rotation shifts they overlap. Stretches before a version's first
 * hand-off, or before any version, are gaps unless an override covers them. Shifts and gaps
 * are clipped to the window. Throws an error naming the field on bad input.
 *
 * @public
 */
export function shiftsInWindow(
  rotation: RotationInput,
  overrides: ReadonlyArray<Override>,
  from: InstantInput,
  to: InstantInput,
): ShiftWindow {
  const prepared = prepareRotation(rotation, overrides);
  const window = parseWindow(from, to);
  const result: ShiftWindow = { shifts: [], gaps: [] };
  const tiles = resolveWindow(prepared, window.from, window.to);
  for (const tile of withGaps(tiles, window.from, window.to)) {
    const bounds = { start: toIso(tile.start), end: toIso(tile.end) };
    if (tile.user === null) {
      result.gaps.push(bounds);
    } else {
      result.shifts.push({ ...describeTile(tile), ...bounds });
    }
  }
  return result;
}
