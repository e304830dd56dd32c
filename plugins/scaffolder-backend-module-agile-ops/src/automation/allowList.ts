import { InputError, NotAllowedError } from '@backstage/errors';

/** The config key listing the URL prefixes `agile-ops:automation:call` may POST to. */
export const ALLOWED_URLS_KEY = 'agileOps.automation.allowedUrls';

// An encoded slash or backslash is one path segment to the URL parser but may become a
// separator in a proxy or framework that decodes before routing, and so climb out of a prefix.
const ENCODED_SEPARATOR = /%2f|%5c/i;

interface Prefix {
  protocol: string;
  hostname: string;
  port: string;
  /** The prefix's path without its trailing slash: `''` for the root, else `/a/b`. */
  base: string;
}

/**
 * Returns the normalised form of `value` when it is an http(s) URL on the scheme, host and port
 * of one of `prefixes` and below its path on a segment boundary; throws otherwise.
 *
 * Parsed URLs are compared, never strings, so `https://allowed.example.com.evil.io`,
 * `https://allowed.example.com@evil.io` and `/hooks/../admin` do not slip through.
 */
export function requireAllowedUrl(value: unknown, prefixes: string[]): string {
  if (prefixes.length === 0) {
    throw new NotAllowedError(
      `no URL is allowed until ${ALLOWED_URLS_KEY} lists URL prefixes in app-config`,
    );
  }
  const allowed = prefixes.map(parsePrefix);
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new InputError(`url must be an absolute http(s) URL, got "${value}"`);
  }
  if (!isHttp(url) || url.username || url.password) {
    throw new InputError(
      `url must be an http(s) URL without credentials, got "${value}"`,
    );
  }
  if (ENCODED_SEPARATOR.test(url.pathname)) {
    throw new InputError(
      `url must not hide a slash or backslash in percent-encoding (%2F, %5C), got "${value}"`,
    );
  }
  if (!allowed.some(prefix => isBelow(url, prefix))) {
    throw new NotAllowedError(
      `${url.href} is not allowed: it is below none of the prefixes in ${ALLOWED_URLS_KEY}`,
    );
  }
  return url.href;
}

function parsePrefix(prefix: string, index: number): Prefix {
  const invalid = () =>
    new Error(
      `${ALLOWED_URLS_KEY}[${index}] must be an absolute http(s) URL without credentials, query or fragment, got "${prefix}"`,
    );
  let url: URL;
  try {
    url = new URL(prefix);
  } catch {
    throw invalid();
  }
  if (
    !isHttp(url) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    ENCODED_SEPARATOR.test(url.pathname)
  ) {
    throw invalid();
  }
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port,
    base: url.pathname.replace(/\/+$/, ''),
  };
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

// `/hooks` and `/hooks/` both allow `/hooks` and everything under `/hooks/`, never `/hooks-admin`.
function isBelow(url: URL, prefix: Prefix): boolean {
  return (
    url.protocol === prefix.protocol &&
    url.hostname === prefix.hostname &&
    url.port === prefix.port &&
    (url.pathname === prefix.base || url.pathname.startsWith(`${prefix.base}/`))
  );
}
