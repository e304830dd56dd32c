/**
 * Kinds of unplanned work a team records in its interrupt ledger.
 *
 * @public
 */
export const INTERRUPT_CATEGORIES = [
  'incident',
  'request',
  'question',
  'alert',
  'other',
] as const;

/**
 * One of {@link INTERRUPT_CATEGORIES}.
 *
 * @public
 */
export type InterruptCategory = (typeof INTERRUPT_CATEGORIES)[number];

/**
 * How an interrupt reached the ledger: typed in by a person, recorded by a self-service action,
 * or imported from another tool.
 *
 * @public
 */
export const INTERRUPT_SOURCES = ['manual', 'self-service', 'import'] as const;

/**
 * One of {@link INTERRUPT_SOURCES}.
 *
 * @public
 */
export type InterruptSource = (typeof INTERRUPT_SOURCES)[number];

/**
 * An entry of a team's interrupt ledger; instants are ISO 8601 strings.
 *
 * @public
 */
export interface Interrupt {
  /** Stable id of the entry. */
  readonly id: string;
  /** Entity ref of the team's group. */
  readonly team: string;
  /** Entity ref of the catalog entity it concerns, if any. */
  readonly entityRef?: string;
  /** Short summary. */
  readonly title: string;
  /** What kind of work it is. */
  readonly category: InterruptCategory;
  /** When it arrived. */
  readonly receivedAt: string;
  /** User entity ref of the PoTW at `receivedAt`, filled in by the backend. */
  readonly triagedBy?: string;
  /** Minutes of work it took, once known. */
  readonly effortMinutes?: number;
  /** When it was resolved, if it is. */
  readonly resolvedAt?: string;
  /** How it reached the ledger. */
  readonly source: InterruptSource;
  /** Entity ref of whoever recorded it. */
  readonly createdBy: string;
}

/**
 * True for the ids in {@link INTERRUPT_CATEGORIES}.
 *
 * @public
 */
export function isInterruptCategory(
  value: unknown,
): value is InterruptCategory {
  return (INTERRUPT_CATEGORIES as ReadonlyArray<unknown>).includes(value);
}

/**
 * True for the ids in {@link INTERRUPT_SOURCES}.
 *
 * @public
 */
export function isInterruptSource(value: unknown): value is InterruptSource {
  return (INTERRUPT_SOURCES as ReadonlyArray<unknown>).includes(value);
}
