// The interrupt ledger's categories and sources, read from the OpenAPI document so that the
// values the resolver, the forms and the actions offer are the ones the API takes.

import { Category, Interrupt, spec } from './schema/openapi.generated';

/**
 * Kinds of unplanned work a team records in its interrupt ledger.
 *
 * @public
 */
export const INTERRUPT_CATEGORIES = spec.components.schemas.Category.enum;

/**
 * One of {@link INTERRUPT_CATEGORIES}.
 *
 * @public
 */
export type InterruptCategory = Category;

/**
 * How an interrupt reached the ledger: typed in by a person, recorded by a self-service action,
 * or imported from another tool.
 *
 * @public
 */
export const INTERRUPT_SOURCES =
  spec.components.schemas.Interrupt.properties.source.enum;

/**
 * One of {@link INTERRUPT_SOURCES}.
 *
 * @public
 */
export type InterruptSource = Interrupt['source'];

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
