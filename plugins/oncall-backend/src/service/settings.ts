import { DEFAULT_ITERATION_LENGTH } from '@agile-ops/plugin-oncall-common';
import { Config } from '@backstage/config';
import { DateTime, Duration, IANAZone } from 'luxon';

/** The on-call plugin's settings from app-config, with defaults applied. */
export interface OncallSettings {
  iterations: { length: string; anchor: string; timezone: string };
  reminders: {
    enabled: boolean;
    before: Duration;
    frequency: Duration;
    /** Time limit of one run of the reminder task, after which another replica may run it. */
    timeout: Duration;
  };
  /** What calendar feeds may show: attendee e-mails only when the installation says so. */
  feeds: { includeEmails: boolean };
  /** Rotations (imported schedules included) one group may have. */
  maxRotationsPerGroup: number;
  /** How long a caller's catalog answers (groups, entities, what is readable) are kept; 0 keeps none. */
  visibilityCacheTtlMs: number;
}

/** Default of `oncall.rotations.maxPerGroup`: more than any team needs, few enough to list. */
export const DEFAULT_MAX_ROTATIONS_PER_GROUP = 20;

function duration(value: string, key: string): Duration {
  const parsed = Duration.fromISO(value);
  if (!parsed.isValid || parsed.toMillis() <= 0) {
    throw new Error(
      `${key} must be a positive ISO 8601 duration, got "${value}"`,
    );
  }
  return parsed;
}

function positiveInteger(value: number, key: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `${key} must be a whole number of at least 1, got ${value}`,
    );
  }
  return value;
}

function cacheTtl(value: string, key: string): number {
  const parsed = Duration.fromISO(value);
  const ms = parsed.isValid ? parsed.toMillis() : NaN;
  if (!(ms >= 0 && ms <= 60_000)) {
    throw new Error(
      `${key} must be an ISO 8601 duration from PT0S to PT1M, got "${value}"`,
    );
  }
  return ms;
}

/** Reads the `oncall` section of app-config; throws naming the key on a bad value. */
export function readOncallSettings(config: Config): OncallSettings {
  const section = config.getOptionalConfig('oncall');
  const timezone = section?.getOptionalString('iterations.timezone') ?? 'UTC';
  if (!IANAZone.isValidZone(timezone)) {
    throw new Error(
      `oncall.iterations.timezone must be an IANA time zone, got "${timezone}"`,
    );
  }
  const length =
    section?.getOptionalString('iterations.length') ?? DEFAULT_ITERATION_LENGTH;
  duration(length, 'oncall.iterations.length');
  // A Monday, so two-week iterations start on Mondays unless a team says otherwise.
  const anchorText =
    section?.getOptionalString('iterations.anchor') ?? '2026-01-05';
  const anchor = DateTime.fromISO(anchorText, { zone: timezone });
  if (!anchor.isValid) {
    throw new Error(
      `oncall.iterations.anchor must be an ISO 8601 date or date-time, got "${anchorText}"`,
    );
  }
  return {
    iterations: { length, anchor: anchor.toUTC().toISO()!, timezone },
    reminders: {
      enabled: section?.getOptionalBoolean('reminders.enabled') ?? true,
      before: duration(
        section?.getOptionalString('reminders.before') ?? 'PT24H',
        'oncall.reminders.before',
      ),
      frequency: duration(
        section?.getOptionalString('reminders.frequency') ?? 'PT5M',
        'oncall.reminders.frequency',
      ),
      timeout: duration(
        section?.getOptionalString('reminders.timeout') ?? 'PT5M',
        'oncall.reminders.timeout',
      ),
    },
    feeds: {
      includeEmails:
        section?.getOptionalBoolean('feeds.includeEmails') ?? false,
    },
    maxRotationsPerGroup: positiveInteger(
      section?.getOptionalNumber('rotations.maxPerGroup') ??
        DEFAULT_MAX_ROTATIONS_PER_GROUP,
      'oncall.rotations.maxPerGroup',
    ),
    visibilityCacheTtlMs: cacheTtl(
      section?.getOptionalString('visibility.cacheTtl') ?? 'PT5S',
      'oncall.visibility.cacheTtl',
    ),
  };
}
