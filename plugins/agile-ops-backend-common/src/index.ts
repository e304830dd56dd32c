/**
 * What the Agile Ops backend plugins share: checking and auditing a write with the real user as
 * actor, and parsing JSON bodies so that an oversized one stays a 413.
 *
 * @packageDocumentation
 */

export * from './Access';
export * from './jsonBody';
