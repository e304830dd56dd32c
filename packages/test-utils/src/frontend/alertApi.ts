import { AlertApi } from '@backstage/core-plugin-api';

/** A jest-backed AlertApi that records what a plugin posts. */
export function fakeAlertApi(): jest.Mocked<AlertApi> {
  return { post: jest.fn(), alert$: jest.fn() };
}
