// Result shapes of the resolver; instants in them are UTC strings in `toISOString()` form.

/**
 * Where a shift comes from.
 *
 * @public
 */
export type ShiftSource = 'rotation' | 'override';

/**
 * A stretch of time `[start, end)` one person covers.
 *
 * @public
 */
export interface Shift {
  /** User entity ref of the person covering. */
  readonly user: string;
  /** First instant covered. */
  readonly start: string;
  /** First instant no longer covered. */
  readonly end: string;
  /** Whether the rotation or an override put the person here. */
  readonly source: ShiftSource;
  /** For rotation shifts: `effectiveFrom` of the version in force, as a UTC string. */
  readonly rotationVersion?: string;
  /** For override shifts: the override's id. */
  readonly overrideId?: string;
}

/**
 * A stretch of time `[start, end)` nobody covers.
 *
 * @public
 */
export interface Gap {
  /** First instant uncovered. */
  readonly start: string;
  /** First instant covered again, or the end of the window asked for. */
  readonly end: string;
}

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
