/**
 * What backend modules need to give the Agile Ops maturity plugin evidence: the provider
 * contract and the extension point that registers providers.
 *
 * @packageDocumentation
 */
export * from './provider';
export * from './extensionPoint';
