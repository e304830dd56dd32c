import { BackstageCredentials } from '@backstage/backend-plugin-api';

/** How long and how much a {@link CallerCache} keeps. */
export interface CallerCacheOptions {
  /** How long an answer is kept, in milliseconds; 0 keeps nothing. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries: number;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * Who is asking, as a cache key: the user and the token's expiry (a new token, perhaps with
 * other group claims, starts afresh), the actor when a service acts for the user, or the
 * service itself.
 *
 * @public
 */
export function callerKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
    actor?: { subject?: string };
  };
  if (principal.type === 'user') {
    return [
      'user',
      principal.userEntityRef,
      credentials.expiresAt?.getTime() ?? '',
      principal.actor?.subject ?? '',
    ].join('\u0000');
  }
  if (principal.type === 'service') return `service\u0000${principal.subject}`;
  return 'none';
}

/**
 * Answers about what one caller may read, kept for a few seconds so that the several requests
 * of one page (a scorecard, its history, its assessments) ask the permission framework and
 * the catalog once instead of each time. A permission change reaches a caller at most `ttlMs`
 * late, which is short beside the catalog's own processing delay.
 *
 * @public
 */
export class CallerCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly now: () => number;

  constructor(private readonly options: CallerCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The kept answer for this caller and key, if it has not expired. */
  get(credentials: BackstageCredentials, key: string): V | undefined {
    if (this.options.ttlMs <= 0) return undefined;
    const id = `${callerKey(credentials)}\u0001${key}`;
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps an answer for this caller and key. */
  set(credentials: BackstageCredentials, key: string, value: V): void {
    if (this.options.ttlMs <= 0) return;
    const id = `${callerKey(credentials)}\u0001${key}`;
    // Re-inserting moves the key to the end, so the map's order is oldest first.
    this.entries.delete(id);
    this.entries.set(id, { value, expires: this.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
