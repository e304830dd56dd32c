// Properties of the resolver on random rotations, versions, overrides and windows. On failure
// fast-check prints the seed and the shrunk input; pass them back as `{ seed, path }` to replay.

import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { ShiftWindow } from './shifts';
import { shiftsInWindow } from './shiftsInWindow';
import { whoCovers } from './whoCovers';
import {
  Gap,
  Override,
  RotationVersion,
  Shift,
} from './schema/openapi.generated';

const NUM_RUNS = 150;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Windows are placed around 2026 with the versions and overrides relative to them.
const BASE = Date.UTC(2026, 0, 1);

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
];
const USERS = ['a', 'b', 'c', 'd'].map(name => `user:default/${name}`);
const iso = (ms: number) => new Date(ms).toISOString();

interface Case {
  versions: RotationVersion[];
  overrides: Override[];
  from: number;
  to: number;
  /** An instant strictly inside the window. */
  inside: number;
}

const versionBody = fc.record({
  timezone: fc.constantFrom(...ZONES),
  role: fc.constantFrom('potw', 'primary', 'secondary', 'weekend-support'),
  participants: fc.array(fc.constantFrom(...USERS), {
    minLength: 1,
    maxLength: 4,
  }),
  weekday: fc.integer({ min: 1, max: 7 }),
  // Hand-offs at 02:00 to 03:00 fall into skipped or repeated hours in many zones.
  hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(2, 3)),
  minute: fc.constantFrom(0, 15, 30, 45),
  shiftLength: fc.constantFrom('P1W', 'P1D', 'PT12H', 'P3D'),
  // Start date in days relative to the window start.
  startDay: fc.integer({ min: -120, max: 20 }),
  // Effective-from in hours relative to the window start.
  effectiveHour: fc.integer({ min: -90 * 24, max: 40 * 24 }),
});

const overrideBody = fc.record({
  user: fc.constantFrom(...USERS),
  startMinute: fc.integer({ min: -5 * 24 * 60, max: 40 * 24 * 60 }),
  lengthMinutes: fc.integer({ min: 1, max: 10 * 24 * 60 }),
  createdMinute: fc.integer({ min: 0, max: 20 }),
});

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    fromMinute: fc.integer({ min: -500 * 24 * 60, max: 500 * 24 * 60 }),
    lengthMinutes: fc.integer({ min: 1, max: 40 * 24 * 60 }),
    insideFraction: fc.double({
      min: 0,
      max: 1,
      noNaN: true,
      maxExcluded: true,
    }),
    versions: fc.uniqueArray(versionBody, {
      maxLength: 3,
      selector: v => v.effectiveHour,
    }),
    overrides: fc.array(overrideBody, { maxLength: 4 }),
  })
  .map(({ fromMinute, lengthMinutes, insideFraction, versions, overrides }) => {
    const from = BASE + fromMinute * MINUTE;
    const to = from + lengthMinutes * MINUTE;
    const inside = from + 1 + Math.floor(insideFraction * (to - from - 1));
    return {
      from,
      to,
      inside,
      versions: versions.map(v => ({
        effectiveFrom: iso(from + v.effectiveHour * HOUR),
        timezone: v.timezone,
        role: v.role,
        participants: v.participants,
        handoff: {
          weekday: v.weekday,
          time: `${String(v.hour).padStart(2, '0')}:${String(v.minute).padStart(
            2,
            '0',
          )}`,
        },
        shiftLength: v.shiftLength,
        startDate: iso(from + v.startDay * DAY).slice(0, 10),
      })),
      overrides: overrides.map((o, index) => ({
        id: `o${index}`,
        rotationId: 'r',
        user: o.user,
        start: iso(from + o.startMinute * MINUTE),
        end: iso(from + (o.startMinute + o.lengthMinutes) * MINUTE),
        createdBy: USERS[0],
        createdAt: iso(BASE + o.createdMinute * MINUTE),
      })),
    };
  });

function check(predicate: (c: Case) => void) {
  fc.assert(fc.property(caseArb, predicate), { numRuns: NUM_RUNS });
}

type Piece = (Shift | Gap) & { user?: string };

function pieces(window: ShiftWindow): Piece[] {
  return [...window.shifts, ...window.gaps].sort(
    (x, y) => Date.parse(x.start) - Date.parse(y.start),
  );
}

function resolve(c: Case, from = c.from, to = c.to): ShiftWindow {
  return shiftsInWindow(c.versions, c.overrides, iso(from), iso(to));
}

// The override that should win at t: the last created, ties to the greater id.
function winningOverride(c: Case, t: number): Override | undefined {
  return c.overrides
    .filter(o => Date.parse(o.start) <= t && t < Date.parse(o.end))
    .sort(
      (x, y) =>
        Date.parse(x.createdAt) - Date.parse(y.createdAt) ||
        x.id.localeCompare(y.id),
    )
    .pop();
}

describe('resolver properties', () => {
  it('shifts and gaps tile the window exactly, in order, without overlap', () => {
    check(c => {
      const window = resolve(c);
      const all = pieces(window);
      const byStart = (list: Piece[]) =>
        [...list].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
      expect(all[0]?.start).toBe(iso(c.from));
      expect(all[all.length - 1]?.end).toBe(iso(c.to));
      expect(all.filter(p => Date.parse(p.start) >= Date.parse(p.end))).toEqual(
        [],
      );
      // Each piece starts where the one before it ends: no hole, no overlap.
      expect(all.slice(1).filter((p, i) => p.start !== all[i].end)).toEqual([]);
      expect(window.shifts).toEqual(byStart(window.shifts));
      expect(window.gaps).toEqual(byStart(window.gaps));
      // Gaps are maximal: no two of them touch.
      expect(
        window.gaps.slice(1).filter((g, i) => g.start === window.gaps[i].end),
      ).toEqual([]);
    });
  });

  it('whoCovers agrees with the shift of the window containing the instant', () => {
    check(c => {
      const t = c.inside;
      const piece = pieces(resolve(c)).find(
        p => Date.parse(p.start) <= t && t < Date.parse(p.end),
      ) as Piece;
      const cover = whoCovers(c.versions, c.overrides, iso(t));
      // Clipped to the window, the whole shift whoCovers reports is the window's piece.
      const seen = cover && {
        user: cover.user,
        source: cover.source,
        start: iso(Math.max(Date.parse(cover.since), c.from)),
        end: iso(Math.min(Date.parse(cover.until), c.to)),
      };
      const expected = 'source' in piece && {
        user: piece.user,
        source: piece.source,
        start: piece.start,
        end: piece.end,
      };
      expect(seen).toEqual(expected || null);
    });
  });

  it('the last created override covering an instant always wins', () => {
    check(c => {
      // Probe inside the window and at the start of every override.
      const probes = [c.inside, ...c.overrides.map(o => Date.parse(o.start))];
      const seen = probes.map(t => {
        const cover = whoCovers(c.versions, c.overrides, iso(t));
        return cover?.source === 'override'
          ? { user: cover.user, overrideId: cover.overrideId }
          : null;
      });
      const expected = probes.map(t => {
        const winner = winningOverride(c, t);
        return winner ? { user: winner.user, overrideId: winner.id } : null;
      });
      expect(seen).toEqual(expected);
    });
  });

  it('does not depend on how the window is split', () => {
    check(c => {
      const cut = c.inside;
      const whole = resolve(c);
      const left = resolve(c, c.from, cut);
      const right = resolve(c, cut, c.to);
      const splitAt = <T extends Gap>(list: T[]): T[] =>
        list.flatMap(piece =>
          Date.parse(piece.start) < cut && cut < Date.parse(piece.end)
            ? [
                { ...piece, end: iso(cut) },
                { ...piece, start: iso(cut) },
              ]
            : [piece],
        );
      expect(splitAt(whole.shifts)).toEqual([...left.shifts, ...right.shifts]);
      expect(splitAt(whole.gaps)).toEqual([...left.gaps, ...right.gaps]);
    });
  });

  it('rotation shifts start at the local hand-off time and last one shift length, give or take the clock change', () => {
    check(c => {
      const { shifts } = shiftsInWindow(c.versions, [], iso(c.from), iso(c.to));
      // Shifts cut by the window or by a version change start or end off the grid.
      const cuts = new Set([
        iso(c.from),
        iso(c.to),
        ...c.versions.map(v => iso(Date.parse(v.effectiveFrom))),
      ]);
      const problems = shifts.flatMap(shift => {
        const v = c.versions.find(
          x => iso(Date.parse(x.effectiveFrom)) === shift.rotationVersion,
        ) as RotationVersion;
        const start = DateTime.fromISO(shift.start, { zone: v.timezone });
        const [hour, minute] = v.handoff.time.split(':').map(Number);
        // PT12H also hands off twelve hours after the anchor time.
        const hours =
          v.shiftLength === 'PT12H' ? [hour, (hour + 12) % 24] : [hour];
        const readings = hours.map(h => start.set({ hour: h, minute }));
        // A hand-off time the clock skips that day is moved by luxon; any other is kept.
        const skipped = readings.some(
          (r, i) => r.hour !== hours[i] || r.minute !== minute,
        );
        const onGrid = !cuts.has(shift.start);
        const whole = onGrid && !cuts.has(shift.end);
        const length = Date.parse(shift.end) - Date.parse(shift.start);
        const nominal = Duration.fromISO(v.shiftLength).toMillis();
        return [
          onGrid &&
            !skipped &&
            !readings.some(r => r.toMillis() === start.toMillis()) &&
            `${shift.start} is not at ${v.handoff.time} in ${v.timezone}`,
          onGrid &&
            v.shiftLength === 'P1W' &&
            start.weekday !== v.handoff.weekday &&
            `${shift.start} is not on weekday ${v.handoff.weekday}`,
          whole &&
            Math.abs(length - nominal) > HOUR &&
            `${shift.start} lasts ${length / HOUR} h`,
        ].filter(Boolean);
      });
      expect(problems).toEqual([]);
    });
  });
});
