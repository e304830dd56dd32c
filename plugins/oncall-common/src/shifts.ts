// Result shapes of the resolver; instants in them are UTC strings in `toISOString()` form.
// A shift and a gap are the API's own models; the resolver's other results are built on them.

import { Gap, Shift } from './schema/openapi.generated';

/**
 * Where a shift comes from: the rotation's rules or an override.
 *
 * @public
 */
export type ShiftSource = Shift['source'];

/**
 * Shifts and gaps of a window; together, in start order, they tile the window exactly.
 *
 * @public
 */
export interface ShiftWindow {
  /** Shifts in start order, clipped to the window. */
  readonly shifts: Shift[];
  /** Uncovered stretches in start order, clipped to the window. */
  readonly gaps: Gap[];
}

/**
 * Who covers an instant, and the whole shift they are in.
 *
 * @public
 */
export interface Coverage extends Omit<Shift, 'start' | 'end'> {
  /** Start of the shift, possibly before the instant asked about. */
  readonly since: string;
  /** End of the shift. */
  readonly until: string;
}

/**
 * The next moment the person covering changes.
 *
 * @public
 */
export interface Handoff {
  /** When it happens. */
  readonly at: string;
  /** Who covers until then; `null` for a gap. */
  readonly from: string | null;
  /** Who covers from then; `null` for a gap. */
  readonly to: string | null;
}
