import { InstantInput, parseInstant, toIso } from './instants';
import { prepareRotation } from './prepare';
import { RotationInput } from './rotation';
import { describeTile, tileAt } from './resolve';
import { Coverage } from './shifts';
import { Override } from './schema/openapi.generated';

/**
 * Who covers `instant`, with the start and end of the shift they are in, or `null` in a gap.
 *
 * @remarks
 * `since` and `until` are those of the shift `shiftsInWindow` reports for any window wide
 * enough to hold it whole, so they can lie before and after the instant.
 *
 * @public
 */
export function whoCovers(
  rotation: RotationInput,
  overrides: ReadonlyArray<Override>,
  instant: InstantInput,
): Coverage | null {
  const prepared = prepareRotation(rotation, overrides);
  const tile = tileAt(prepared, parseInstant(instant, 'instant'));
  if (!tile) {
    return null;
  }
  return {
    ...describeTile(tile),
    since: toIso(tile.start),
    until: toIso(tile.end),
  };
}
