/**
 * Rotation model, pure shift resolution (who covers an instant, the next hand-off, shifts and
 * gaps of a window), interrupt statistics and permissions shared by the Agile Ops on-call
 * plugins, with the types and zod schemas of the HTTP API generated from its OpenAPI document.
 *
 * @packageDocumentation
 */

export type { InstantInput } from './instants';
export * from './rotation';
export * from './override';
export * from './shifts';
export * from './shiftsInWindow';
export * from './whoCovers';
export * from './nextHandoff';
export * from './interrupts';
export * from './iterationStats';
export * from './permissions';
export * from './schema/openapi.generated';
export * from './schema/zod.generated';
export * from './annotations';
