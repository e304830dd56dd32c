import { ConfigReader } from '@backstage/config';
import { AuthenticationError } from '@backstage/errors';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import {
  createAutomationRequestVerifier,
  readSigningSecret,
  signAutomationRequest,
} from './signing';

const SECRET = 'a-test-secret-that-is-long-enough-1234';
const AT = new Date('2026-12-01T10:00:00Z');

const secret = fc.string({ minLength: 32, maxLength: 64 });
const body = fc.oneof(
  fc.json(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);
// Within the default five minutes either way.
const skew = fc.integer({ min: -299, max: 299 });

function verifierAt(at: Date, key = SECRET) {
  return createAutomationRequestVerifier({ secret: key, now: () => at });
}

function refusal(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthenticationError);
    return (error as Error).message;
  }
}

describe('signing automation requests', () => {
  it('signs <timestamp>.<raw body> with HMAC-SHA256, as a receiver in any language would check', () => {
    const headers = signAutomationRequest({
      secret: SECRET,
      body: '{"a":1}',
      now: AT,
    });
    const timestamp = String(AT.getTime() / 1000);
    expect(headers).toEqual({
      'X-Agile-Ops-Timestamp': timestamp,
      'X-Agile-Ops-Signature': `sha256=${createHmac('sha256', SECRET)
        .update(`${timestamp}.{"a":1}`)
        .digest('hex')}`,
    });
  });

  it('accepts what it signed, with any secret, body and clock skew within the window', () => {
    fc.assert(
      fc.property(secret, body, skew, (key, raw, seconds) => {
        const headers = signAutomationRequest({
          secret: key,
          body: raw,
          now: AT,
        });
        const verifier = verifierAt(
          new Date(AT.getTime() + seconds * 1000),
          key,
        );
        expect(refusal(() => verifier.verify({ headers, body: raw }))).toBe(
          undefined,
        );
        // The same bytes as a Buffer are the same request.
        const again = signAutomationRequest({
          secret: key,
          body: Buffer.from(raw),
          now: AT,
        });
        expect(again).toEqual(headers);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses another body, another secret or a changed signature', () => {
    // Lone surrogates become U+FFFD in UTF-8: bodies differ when the signed bytes do.
    const twoBodies = fc
      .tuple(body, body)
      .filter(([a, b]) => !Buffer.from(a).equals(Buffer.from(b)));
    const twoSecrets = fc.tuple(secret, secret).filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(
        twoSecrets,
        twoBodies,
        fc.nat(63),
        ([key, otherKey], [raw, otherRaw], position) => {
          const headers = signAutomationRequest({
            secret: key,
            body: raw,
            now: AT,
          });
          const verify = (h: Record<string, string>, b: string, k = key) =>
            refusal(() => verifierAt(AT, k).verify({ headers: h, body: b }));
          const signature = headers['X-Agile-Ops-Signature'];
          const at = 'sha256='.length + position;
          const flipped = `${signature.slice(0, at)}${
            signature[at] === '0' ? '1' : '0'
          }${signature.slice(at + 1)}`;
          const later = String(Number(headers['X-Agile-Ops-Timestamp']) + 1);

          expect([
            verify(headers, otherRaw),
            verify(headers, raw, otherKey),
            verify({ ...headers, 'X-Agile-Ops-Signature': flipped }, raw),
            verify({ ...headers, 'X-Agile-Ops-Timestamp': later }, raw),
          ]).toEqual(Array(4).fill(expect.stringContaining('badly signed')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a timestamp more than five minutes away, either way', () => {
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 301, max: 10 ** 8 }),
        fc.boolean(),
        (raw, seconds, past) => {
          const headers = signAutomationRequest({
            secret: SECRET,
            body: raw,
            now: AT,
          });
          const at = new Date(AT.getTime() + (past ? 1 : -1) * seconds * 1000);
          expect(
            refusal(() => verifierAt(at).verify({ headers, body: raw })),
          ).toBe(
            'the request is stale: its timestamp is more than 300 seconds from now',
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a missing or malformed header with a 401 saying which, never another error', () => {
    const verifier = verifierAt(AT);
    expect(refusal(() => verifier.verify({ headers: {}, body: '{}' }))).toBe(
      'the request is not signed: X-Agile-Ops-Timestamp and X-Agile-Ops-Signature are required',
    );
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        body,
        (timestamp, signature, raw) => {
          const message = refusal(() =>
            verifier.verify({
              headers: {
                'x-agile-ops-timestamp': timestamp,
                'x-agile-ops-signature': signature,
              },
              body: raw,
            }),
          );
          expect(message).toMatch(/not signed|badly signed/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts a signature once, matches header names in any case, and calls it stale once the window has passed', () => {
    let now = AT;
    const verifier = createAutomationRequestVerifier({
      secret: SECRET,
      now: () => now,
    });
    const headers = signAutomationRequest({
      secret: SECRET,
      body: '{}',
      now: AT,
    });
    const lower = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]),
    );

    expect(refusal(() => verifier.verify({ headers: lower, body: '{}' }))).toBe(
      undefined,
    );
    expect(refusal(() => verifier.verify({ headers, body: '{}' }))).toBe(
      'the request is a replay: this signature was accepted before',
    );
    const next = signAutomationRequest({
      secret: SECRET,
      body: '{}',
      now: new Date(AT.getTime() + 1000),
    });
    expect(refusal(() => verifier.verify({ headers: next, body: '{}' }))).toBe(
      undefined,
    );
    now = new Date(AT.getTime() + 301_000);
    expect(refusal(() => verifier.verify({ headers, body: '{}' }))).toContain(
      'stale',
    );
  });

  it('reads the secret from config and refuses a short one, naming the key', () => {
    expect(readSigningSecret(new ConfigReader({}))).toBeUndefined();
    expect(
      readSigningSecret(
        new ConfigReader({
          agileOps: { automation: { signingSecret: SECRET } },
        }),
      ),
    ).toBe(SECRET);
    expect(() =>
      readSigningSecret(
        new ConfigReader({
          agileOps: { automation: { signingSecret: 'short' } },
        }),
      ),
    ).toThrow(
      'agileOps.automation.signingSecret must be at least 32 characters long',
    );
  });
});
