import { createHmac, timingSafeEqual } from 'node:crypto';
import { Config } from '@backstage/config';
import { AuthenticationError } from '@backstage/errors';

/**
 * The config key of the secret that signs automation calls; sender and receiver share it.
 *
 * @public
 */
export const SIGNING_SECRET_KEY = 'agileOps.automation.signingSecret';

/**
 * The header carrying the Unix time (seconds) a request was signed at.
 *
 * @public
 */
export const AUTOMATION_TIMESTAMP_HEADER = 'X-Agile-Ops-Timestamp';

/**
 * The header carrying `sha256=<hex>`: HMAC-SHA256 with the secret over `<timestamp>.<raw body>`.
 *
 * @public
 */
export const AUTOMATION_SIGNATURE_HEADER = 'X-Agile-Ops-Signature';

/** The shortest secret accepted: a shorter one is too easy to guess offline from one signature. */
export const MIN_SECRET_LENGTH = 32;

/** How far a timestamp may be from the receiver's clock, either way, unless told otherwise. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const SIGNATURE = /^sha256=([0-9a-f]{64})$/;
const TIMESTAMP = /^\d{1,12}$/;

/**
 * Reads the signing secret from config: `undefined` when it is not set, an error naming the
 * key when it is shorter than {@link MIN_SECRET_LENGTH}.
 *
 * @public
 */
export function readSigningSecret(config: Config): string | undefined {
  const secret = config.getOptionalString(SIGNING_SECRET_KEY);
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${SIGNING_SECRET_KEY} must be at least ${MIN_SECRET_LENGTH} characters long`,
    );
  }
  return secret;
}

/**
 * The two headers that sign `body`, the exact bytes to be sent, at `now`.
 *
 * @public
 */
export function signAutomationRequest(options: {
  secret: string;
  body: string | Buffer;
  now?: Date;
}): Record<string, string> {
  const timestamp = String(
    Math.floor((options.now ?? new Date()).getTime() / 1000),
  );
  return {
    [AUTOMATION_TIMESTAMP_HEADER]: timestamp,
    [AUTOMATION_SIGNATURE_HEADER]: `sha256=${digest(
      options.secret,
      timestamp,
      options.body,
    ).toString('hex')}`,
  };
}

/**
 * What a receiver hands to {@link AutomationRequestVerifier.verify}.
 *
 * @public
 */
export interface SignedRequest {
  /** Request headers; names are matched case-insensitively. */
  headers: Record<string, string | string[] | undefined>;
  /** The raw body exactly as received, before any JSON parsing. */
  body: string | Buffer;
}

/**
 * Checks signed automation requests and remembers the signatures it accepted.
 *
 * @public
 */
export interface AutomationRequestVerifier {
  /** Returns when the request is signed with the secret, fresh and new; else throws an `AuthenticationError` (401) saying why. */
  verify(request: SignedRequest): void;
}

/**
 * A verifier for the receiving side: the signature must match in a constant-time compare, the
 * timestamp be within `toleranceSeconds` of `now`, and a signature is accepted only once.
 *
 * @public
 */
export function createAutomationRequestVerifier(options: {
  secret: string;
  toleranceSeconds?: number;
  now?: () => Date;
}): AutomationRequestVerifier {
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? (() => new Date());
  // Signature → the Unix second after which its timestamp is stale anyway and it can be forgotten.
  const seen = new Map<string, number>();

  return {
    verify(request) {
      const timestamp = header(request.headers, AUTOMATION_TIMESTAMP_HEADER);
      const signature = header(request.headers, AUTOMATION_SIGNATURE_HEADER);
      if (timestamp === undefined || signature === undefined) {
        throw new AuthenticationError(
          `the request is not signed: ${AUTOMATION_TIMESTAMP_HEADER} and ${AUTOMATION_SIGNATURE_HEADER} are required`,
        );
      }
      const hex = SIGNATURE.exec(signature)?.[1];
      if (!TIMESTAMP.test(timestamp) || !hex) {
        throw new AuthenticationError(
          `the request is badly signed: ${AUTOMATION_TIMESTAMP_HEADER} must be Unix seconds and ${AUTOMATION_SIGNATURE_HEADER} sha256=<64 hex digits>`,
        );
      }
      const expected = digest(options.secret, timestamp, request.body);
      if (!timingSafeEqual(Buffer.from(hex, 'hex'), expected)) {
        throw new AuthenticationError(
          'the request is badly signed: the signature does not match the body and timestamp',
        );
      }
      const current = Math.floor(now().getTime() / 1000);
      if (Math.abs(current - Number(timestamp)) > tolerance) {
        throw new AuthenticationError(
          `the request is stale: its timestamp is more than ${tolerance} seconds from now`,
        );
      }
      for (const [known, forgetAfter] of seen) {
        if (forgetAfter < current) {
          seen.delete(known);
        }
      }
      if (seen.has(hex)) {
        throw new AuthenticationError(
          'the request is a replay: this signature was accepted before',
        );
      }
      seen.set(hex, Number(timestamp) + tolerance);
    },
  };
}

function digest(secret: string, timestamp: string, body: string | Buffer) {
  return createHmac('sha256', secret)
    .update(`${timestamp}.`)
    .update(body)
    .digest();
}

function header(
  headers: SignedRequest['headers'],
  name: string,
): string | undefined {
  const wanted = name.toLocaleLowerCase('en-US');
  const entry = Object.entries(headers).find(
    ([key]) => key.toLocaleLowerCase('en-US') === wanted,
  );
  const value = entry?.[1];
  return Array.isArray(value) ? undefined : value;
}
