import { SelfServiceApi } from '../api/SelfServiceApi';
import { makeUsage } from './fixtures';

/** A SelfServiceApi whose methods are jest mocks; no runs unless told otherwise. */
export function fakeSelfServiceApi(
  getUsage: SelfServiceApi['getUsage'] = async entityRef => ({
    ...makeUsage(),
    entityRef,
  }),
): jest.Mocked<SelfServiceApi> {
  return { getUsage: jest.fn(getUsage) };
}
