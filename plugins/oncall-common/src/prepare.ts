// Validates resolver input once and turns it into the numeric form the resolver works on.

import { DateTime, Duration } from 'luxon';
import { parseInstant, toIso } from './instants';
import { validateOverride } from './override';
import {
  RotationInput,
  validateRotation,
  validateRotationVersions,
} from './rotation';
import { describeValue } from '@agile-ops/common';
import { WallClockGrid } from './wallClock';
import { Override, RotationVersion } from './schema/openapi.generated';

/** @internal */
export interface PreparedVersion {
  /** Instant the version takes over. */
  readonly from: number;
  /** Instant the next version takes over, or Infinity. */
  readonly until: number;
  /** `effectiveFrom` as a UTC string, reported on its shifts. */
  readonly key: string;
  /** Hand-off k (k = 0 is the first shift) on the version's wall clock. */
  readonly grid: WallClockGrid;
  readonly participants: ReadonlyArray<string>;
}

/** @internal */
export interface PreparedOverride {
  readonly id: string;
  readonly user: string;
  readonly start: number;
  readonly end: number;
}

/** @internal */
export interface PreparedRotation {
  /** In effect order. */
  readonly versions: ReadonlyArray<PreparedVersion>;
  /** In rising precedence: each wins over the ones before it where they overlap. */
  readonly overrides: ReadonlyArray<PreparedOverride>;
}

function isVersionList(
  rotation: RotationInput,
): rotation is ReadonlyArray<RotationVersion> {
  return Array.isArray(rotation);
}

function cycleGrid(version: RotationVersion): WallClockGrid {
  const [hour, minute] = version.handoff.time.split(':').map(Number);
  const startDate = DateTime.fromISO(version.startDate, { zone: 'utc' });
  const daysToWeekday = (version.handoff.weekday - startDate.weekday + 7) % 7;
  const firstHandoff = startDate
    .plus({ days: daysToWeekday })
    .set({ hour, minute });
  return new WallClockGrid(
    version.timezone,
    firstHandoff,
    Duration.fromISO(version.shiftLength),
  );
}

function prepareVersions(
  versions: ReadonlyArray<RotationVersion>,
): PreparedVersion[] {
  const sorted = versions
    .map(version => ({
      version,
      from: parseInstant(version.effectiveFrom, 'effectiveFrom'),
    }))
    .sort((a, b) => a.from - b.from);
  return sorted.map(({ version, from }, index) => ({
    from,
    until: index + 1 < sorted.length ? sorted[index + 1].from : Infinity,
    key: toIso(from),
    grid: cycleGrid(version),
    participants: version.participants,
  }));
}

function prepareOverrides(
  overrides: unknown,
  rotationId: string | undefined,
): PreparedOverride[] {
  if (!Array.isArray(overrides)) {
    throw new TypeError(
      `overrides must be an array, got ${describeValue(overrides)}`,
    );
  }
  const prepared = overrides.map((override: unknown, index) => {
    const path = `overrides[${index}]`;
    validateOverride(override, path);
    if (rotationId !== undefined && override.rotationId !== rotationId) {
      throw new RangeError(
        `${path}.rotationId ${describeValue(
          override.rotationId,
        )} is not the id of the rotation, ${describeValue(rotationId)}`,
      );
    }
    return {
      id: override.id,
      user: override.user,
      start: parseInstant(override.start, 'start'),
      end: parseInstant(override.end, 'end'),
      createdAt: parseInstant(override.createdAt, 'createdAt'),
    };
  });
  // Created later wins; for the same creation instant, the greater id wins, so the order
  // never depends on how the caller listed them.
  prepared.sort((a, b) => {
    if (a.createdAt !== b.createdAt) {
      return a.createdAt - b.createdAt;
    }
    if (a.id === b.id) {
      return 0;
    }
    return a.id < b.id ? -1 : 1;
  });
  return prepared.map(({ id, user, start, end }) => ({ id, user, start, end }));
}

/**
 * Validates a rotation and its overrides, throwing errors that name the bad field.
 *
 * @internal
 */
export function prepareRotation(
  rotation: RotationInput,
  overrides: ReadonlyArray<Override>,
): PreparedRotation {
  if (isVersionList(rotation)) {
    validateRotationVersions(rotation);
    return {
      versions: prepareVersions(rotation),
      overrides: prepareOverrides(overrides, undefined),
    };
  }
  validateRotation(rotation);
  return {
    versions: prepareVersions(rotation.versions),
    overrides: prepareOverrides(overrides, rotation.id),
  };
}
