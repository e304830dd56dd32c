// Test helpers for the frontend plugins. A separate entry point from the package root, so that
// backend tests importing `@agile-ops/test-utils` do not load React and the Backstage frontend.

export { fakeAlertApi } from './alertApi';
export type { CatalogApi, TestCatalogOptions } from './catalog';
export { ENTITY_ROUTE } from './entityRoute';
export { exampleTemplates } from './exampleTemplates';
export { acceptedKinds, ENTITY_KINDS, missingExtensionIds } from './extensions';
export type {
  ConnectedClient,
  FakeAnswer,
  FakeBackend,
  RecordedRequest,
} from './fakeBackend';
export { apiErrorBody, setupFakeBackend } from './fakeBackend';
export { flushPromises } from './flushPromises';
export { legacyHttpClient, legacyMountPoints } from './legacyPlugin';
export type { LegacyTestApp, LegacyTestAppOptions } from './legacyTestApp';
export { renderInLegacyTestApp } from './legacyTestApp';
export type { NewTestAppOptions } from './newFrontendSystem';
export {
  httpApiExtensionClient,
  renderInNewTestApp,
} from './newFrontendSystem';
export type { FakeAuthorize, FakePermissions } from './permissions';
