/**
 * What the Agile Ops backend plugins share: checking and auditing a write with the real user as
 * actor, parsing JSON bodies so that an oversized one stays a 413, and answering 503 while the
 * database or the catalog is down.
 *
 * @packageDocumentation
 */

export * from './Access';
export * from './jsonBody';
export * from './outages';
export * from './callerCache';
