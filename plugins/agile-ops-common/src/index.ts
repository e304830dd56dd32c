/**
 * Small helpers every Agile Ops package shares: how values and errors are described in
 * messages, how instants and timestamp columns are read.
 *
 * @packageDocumentation
 */

export * from './describeValue';
export * from './errorMessage';
export * from './instants';
export * from './timestamps';
export * from './pluginHttp';
export * from './ownership';
