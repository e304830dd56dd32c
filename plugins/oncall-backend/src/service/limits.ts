// Every cap on work a request can make the on-call backend do, in one place, so the README's
// "Limits" section and the code cannot drift apart.

import { Config } from '@backstage/config';
import { Duration } from 'luxon';

/** Longest `from`..`to` window a query may ask for (shifts, hand-offs, calendar, statistics). */
export const MAX_WINDOW_DAYS = 400;

/**
 * Overrides made by people that a rotation may have not yet ended. Every read of a window
 * lays its overrides over the shifts one by one, so their number is what a read costs.
 */
export const MAX_OPEN_OVERRIDES = 500;

/** Longest window of interrupt statistics: three years. */
export const MAX_STATS_WINDOW_DAYS = 3 * 366;

/** Interrupts one statistics request reads at the most. */
export const MAX_STATS_INTERRUPTS = 100_000;

/**
 * Rotations and interrupts of one `POST /import` together: all are checked before any is
 * stored and stored in one transaction, so this bounds the work and the locks of a request.
 */
export const MAX_IMPORT_ITEMS = 500;

/** Bodies above this size get a 413; an imported calendar is the largest body. */
export const MAX_BODY = '2mb';

/** Catalog answers kept per caller and entity, in all (`oncall.visibility.cacheTtl` long). */
export const VISIBILITY_CACHE_ENTRIES = 50_000;

/** Caps of one calendar import; each may be set under `oncall.import` in app-config. */
export interface ImportLimits {
  /** Wall-clock time parsing and expansion may take in the worker, in milliseconds. */
  readonly timeLimitMs: number;
  /** Time a worker may take to start before the import is refused, in milliseconds. */
  readonly startLimitMs: number;
  /** Imports parsed at the same time; one more is answered with a 503. */
  readonly maxConcurrent: number;
  /** Characters of the `ics` text. */
  readonly maxCharacters: number;
  /** VEVENT components in the file. */
  readonly maxEvents: number;
  /** ATTENDEE properties of one VEVENT. */
  readonly maxAttendees: number;
  /**
   * Occurrences in the window, over the whole file. Each becomes an override of the rotation,
   * and every read of its shifts lays all overrides of the window over each other: at 2,000
   * that takes about 0.1 s, at 10,000 most of a second.
   */
  readonly maxOccurrences: number;
  /**
   * Recurrence steps over the whole file, including those before the window that only lead up
   * to it. ical.js takes 10 to 20 microseconds a step, so the default bounds the work to about
   * a second; a weekly rule from 1990 needs under 2,000 steps to reach 2026.
   */
  readonly maxSteps: number;
}

/** The caps an installation gets without configuring any. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  timeLimitMs: 1_200,
  startLimitMs: 5_000,
  maxConcurrent: 2,
  maxCharacters: 1_000_000,
  maxEvents: 2_000,
  maxAttendees: 100,
  maxOccurrences: 2_000,
  maxSteps: 50_000,
};

function positiveInteger(config: Config, key: string, fallback: number) {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `${key} must be a whole number of at least 1, got ${value}`,
    );
  }
  return value;
}

/**
 * Longest time limit an installation may configure. A rule that never matches makes ical.js
 * allocate as it loops; after about ten seconds its worker nears its heap, and a worker out
 * of memory can bring the whole process down with it.
 */
export const MAX_IMPORT_TIME_LIMIT_MS = 5_000;

function milliseconds(
  config: Config,
  key: string,
  fallback: number,
  most = Infinity,
) {
  const text = config.getOptionalString(key);
  if (text === undefined) return fallback;
  const ms = Duration.fromISO(text).toMillis();
  if (!Number.isFinite(ms) || ms <= 0 || ms > most) {
    throw new Error(
      `${key} must be a positive ISO 8601 duration such as PT1.5S${
        most < Infinity ? ` of at most ${most} ms` : ''
      }, got "${text}"`,
    );
  }
  return ms;
}

/** The import caps of `oncall.import`, with the defaults for keys not set. */
export function readImportLimits(config: Config): ImportLimits {
  const d = DEFAULT_IMPORT_LIMITS;
  const key = (name: string) => `oncall.import.${name}`;
  return {
    timeLimitMs: milliseconds(
      config,
      key('timeLimit'),
      d.timeLimitMs,
      MAX_IMPORT_TIME_LIMIT_MS,
    ),
    startLimitMs: milliseconds(config, key('startLimit'), d.startLimitMs),
    maxConcurrent: positiveInteger(
      config,
      key('maxConcurrent'),
      d.maxConcurrent,
    ),
    maxCharacters: positiveInteger(
      config,
      key('maxCharacters'),
      d.maxCharacters,
    ),
    maxEvents: positiveInteger(config, key('maxEvents'), d.maxEvents),
    maxAttendees: positiveInteger(config, key('maxAttendees'), d.maxAttendees),
    maxOccurrences: positiveInteger(
      config,
      key('maxOccurrences'),
      d.maxOccurrences,
    ),
    maxSteps: positiveInteger(config, key('maxSteps'), d.maxSteps),
  };
}
