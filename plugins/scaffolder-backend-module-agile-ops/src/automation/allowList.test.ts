import { InputError, NotAllowedError } from '@backstage/errors';
import fc from 'fast-check';
import { requireAllowedUrl } from './allowList';

const DEMO = 'http://localhost:7007/api/demo-automation/';

// Lower-case path segments without `.`/`..` and without percent-encoding, so the expected URL
// is the generated text itself.
const segment = fc.stringMatching(/^[a-z0-9_~-]{1,12}$/);
const segments = fc.array(segment, { minLength: 0, maxLength: 4 });
const prefix = fc.record({
  scheme: fc.constantFrom('http', 'https'),
  host: fc.domain(),
  port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  path: segments,
  slash: fc.boolean(),
});
type Prefix = typeof prefix extends fc.Arbitrary<infer P> ? P : never;

function origin(p: Prefix) {
  return `${p.scheme}://${p.host}${p.port === undefined ? '' : `:${p.port}`}`;
}
function prefixUrl(p: Prefix) {
  const path = p.path.map(s => `/${s}`).join('');
  return `${origin(p)}${path}${p.slash || !path ? '/' : ''}`;
}

// An oracle written differently from the implementation: the same origin, and the URL's path
// with a slash added starts with the prefix's path ending in a slash.
function isUnder(href: string, base: string) {
  const url = new URL(href);
  const allowed = new URL(base);
  const root = allowed.pathname.endsWith('/')
    ? allowed.pathname
    : `${allowed.pathname}/`;
  return url.origin === allowed.origin && `${url.pathname}/`.startsWith(root);
}

function verdict(
  url: string,
  prefixes: string[],
): { allowed: string } | { refused: string } {
  try {
    return { allowed: requireAllowedUrl(url, prefixes) };
  } catch (error) {
    if (error instanceof InputError || error instanceof NotAllowedError) {
      return { refused: error.message };
    }
    throw error;
  }
}

describe('requireAllowedUrl', () => {
  it.each([
    ['the prefix itself', DEMO],
    ['a path below it', `${DEMO}restarts`],
    ['a query on a path below it', `${DEMO}restarts?dry=1`],
    [
      'the prefix without its slash',
      'http://localhost:7007/api/demo-automation',
    ],
  ])('allows %s', (_name, url) => {
    expect(requireAllowedUrl(url, [DEMO])).toBe(new URL(url).href);
  });

  it.each([
    [
      'a longer last segment',
      'http://localhost:7007/api/demo-automation.evil.com/',
    ],
    ['a sibling path', 'http://localhost:7007/api/demo-automation-admin/x'],
    ['user info naming the host', 'http://localhost:7007@evil.example/'],
    ['another port', 'http://localhost:7008/api/demo-automation/restarts'],
    ['another scheme', 'https://localhost:7007/api/demo-automation/restarts'],
    [
      'a host with a trailing dot',
      'http://localhost.:7007/api/demo-automation/',
    ],
    ['climbing out', 'http://localhost:7007/api/demo-automation/../catalog'],
    [
      'climbing out in percent-encoding',
      'http://localhost:7007/api/demo-automation/%2e%2e/catalog',
    ],
    [
      'an encoded slash',
      'http://localhost:7007/api/demo-automation/..%2Fcatalog',
    ],
    ['an encoded backslash', 'http://localhost:7007/api/demo-automation/%5c..'],
    ['a file URL', 'file:///etc/passwd'],
    ['a relative URL', '/api/demo-automation/restarts'],
  ])('refuses %s', (_name, url) => {
    expect(verdict(url, [DEMO])).toEqual({ refused: expect.any(String) });
  });

  it('refuses everything while no prefix is configured, naming the key', () => {
    expect(() => requireAllowedUrl(DEMO, [])).toThrow(
      'no URL is allowed until agileOps.automation.allowedUrls lists URL prefixes',
    );
  });

  it.each([
    'not a url',
    'ftp://files.example.com/',
    'https://user:pw@automation.example.com/',
    'https://automation.example.com/hooks?x=1',
    'https://automation.example.com/hooks#x',
  ])('names a bad prefix %s in the config', bad => {
    expect(() =>
      requireAllowedUrl('https://automation.example.com/hooks/x', [DEMO, bad]),
    ).toThrow(`agileOps.automation.allowedUrls[1] must be an absolute`);
  });

  it('allows every URL made of a prefix and more segments', () => {
    fc.assert(
      fc.property(
        prefix,
        segments,
        fc.option(fc.stringMatching(/^[a-z0-9=&]{0,10}$/), { nil: undefined }),
        (p, more, query) => {
          const base = prefixUrl(p).replace(/\/$/, '');
          const url = `${base}${more.map(s => `/${s}`).join('')}${
            query === undefined ? '' : `?${query}`
          }`;
          const result = verdict(url, [prefixUrl(p)]);
          expect(result).toEqual({ allowed: new URL(url).href });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses hosts, user info, ports and paths that only resemble a prefix', () => {
    fc.assert(
      fc.property(
        prefix,
        fc.domain(),
        segment,
        fc.integer({ min: 1, max: 65535 }),
        (p, evil, tail, port) => {
          const allowedPrefix = prefixUrl(p);
          const path = p.path.map(s => `/${s}`).join('');
          const otherScheme = p.scheme === 'http' ? 'https' : 'http';
          const hostile = [
            `${p.scheme}://${p.host}.${evil}${path}/x`,
            `${origin(p)}@${evil}${path}/x`,
            `${p.scheme}://${p.host}:${port}@${evil}${path}/x`,
            `${otherScheme}${origin(p).slice(p.scheme.length)}${path}/x`,
            ...(evil === p.host
              ? []
              : [`${p.scheme}://${evil}/${p.host}${path}`]),
            // A longer last segment; a root prefix has none to lengthen.
            ...(path ? [`${origin(p)}${path}${tail}/x`] : []),
          ];
          expect(hostile.map(url => verdict(url, [allowedPrefix]))).toEqual(
            hostile.map(() => ({ refused: expect.any(String) })),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('allows an arbitrary URL only when it is on the origin and below the path', () => {
    fc.assert(
      fc.property(
        prefix,
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string(),
          fc.string({ unit: 'binary' }),
        ),
        (p, candidate) => {
          const allowedPrefix = prefixUrl(p);
          const escaped = [
            candidate,
            `${allowedPrefix}${candidate}`,
            `${origin(p)}${candidate}`,
            `${origin(p)}/../${candidate}`,
          ].filter(url => {
            const result = verdict(url, [allowedPrefix]);
            return (
              'allowed' in result && !isUnder(result.allowed, allowedPrefix)
            );
          });
          expect(escaped).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
