/**
 * Stand-ins for the discovery and fetch APIs an HTTP client is built from, for factory tests
 * that only check which class the factory builds.
 */
export function stubHttpClientDeps() {
  return {
    discoveryApi: { getBaseUrl: jest.fn() },
    fetchApi: { fetch: jest.fn() },
  };
}

/** The dependencies every Agile Ops HTTP client factory declares, by name. */
export const HTTP_CLIENT_DEPS = ['discoveryApi', 'fetchApi'] as const;
