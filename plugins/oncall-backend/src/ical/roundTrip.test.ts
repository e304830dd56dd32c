import {
  Override,
  Rotation,
  RotationVersion,
  shiftsInWindow,
} from '@agile-ops/plugin-oncall-common';
import {
  ALICE as A,
  BOB as B,
  CAROL as C,
  DAN as D,
  version,
} from '../__testUtils__/storeFixtures';
import { exportCalendar } from './exportCalendar';
import { importSchedule } from './importSchedule';
import { scheduleOverrides } from './scheduleOverrides';

const weekly: RotationVersion = version({
  effectiveFrom: '2026-03-01T00:00:00Z',
  participants: [A, B, C],
  startDate: '2026-03-02',
});

// From Wednesday 15 April 12:00 UTC the order restarts with carol, so the shift running then
// is cut at the version boundary.
const reordered: RotationVersion = {
  ...weekly,
  effectiveFrom: '2026-04-15T12:00:00Z',
  participants: [C, A, B],
};

const rotation: Rotation = {
  id: 'rot-potw',
  owner: 'group:default/team-a',
  name: 'Team A',
  versions: [weekly, reordered],
};

const override = (fields: Partial<Override>): Override => ({
  id: 'o1',
  rotationId: rotation.id,
  user: D,
  start: '2026-03-25T12:00:00Z',
  end: '2026-03-27T12:00:00Z',
  createdBy: A,
  createdAt: '2026-03-01T00:00:00Z',
  ...fields,
});

const overrides = [
  // Dan covers two days in the middle of a week.
  override({ id: 'o1' }),
  // Alice covers across the daylight-saving change (Sunday 29 March 02:00 CET) and the Monday
  // 09:00 CEST hand-off after it.
  override({
    id: 'o2',
    user: A,
    start: '2026-03-29T00:30:00Z',
    end: '2026-03-30T10:00:00Z',
  }),
];

const from = '2026-03-01T00:00:00.000Z';
const to = '2026-05-01T00:00:00.000Z';

describe('iCal round trip', () => {
  it('imports the exported calendar back to the same shifts and gaps', () => {
    const original = shiftsInWindow(rotation, overrides, from, to);
    // Sanity: the DST week keeps its 09:00 hand-offs, 08:00 UTC before, 07:00 UTC after.
    expect(original.shifts.map(s => s.start)).toContain(
      '2026-03-23T08:00:00.000Z',
    );
    expect(original.shifts.map(s => s.start)).toContain(
      '2026-04-06T07:00:00.000Z',
    );
    expect(original.shifts.map(s => s.start)).toContain(
      '2026-04-15T12:00:00.000Z',
    );
    expect(original.shifts.filter(s => s.source === 'override')).toHaveLength(
      2,
    );

    const text = exportCalendar({
      rotation: { ...rotation, role: 'potw', timezone: 'Europe/Berlin' },
      shifts: original.shifts,
      userNames: { [A]: { displayName: 'Alice', email: 'alice@example.com' } },
      now: new Date('2026-03-01T00:00:00Z'),
    });
    const imported = importSchedule(text, {
      from: new Date(from),
      to: new Date(to),
      timezone: 'Europe/Berlin',
      resolveUser: candidate => candidate.userRef,
    });
    expect(imported.unresolved).toEqual([]);
    const back = shiftsInWindow(
      [],
      scheduleOverrides(imported.entries, {
        rotationId: 'rot-imported',
        createdBy: A,
      }),
      from,
      to,
    );

    // No merging is needed on either side: the resolver cuts a shift at a version boundary or
    // an override, each piece becomes one VEVENT, and each VEVENT comes back as one override,
    // which the resolver returns as one shift again.
    const pieces = (shifts: typeof original.shifts) =>
      shifts.map(({ user, start, end }) => ({ user, start, end }));
    expect(pieces(back.shifts)).toEqual(pieces(original.shifts));
    expect(back.gaps).toEqual(original.gaps);
    expect(back.shifts.every(s => s.source === 'override')).toBe(true);
  });

  it('keeps the shifts when the calendar is imported in a narrower window', () => {
    const original = shiftsInWindow(rotation, overrides, from, to);
    const text = exportCalendar({
      rotation: { ...rotation, role: 'potw', timezone: 'Europe/Berlin' },
      shifts: original.shifts,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    const window = {
      from: '2026-03-26T00:00:00.000Z',
      to: '2026-04-02T00:00:00.000Z',
    };
    const imported = importSchedule(text, {
      from: new Date(window.from),
      to: new Date(window.to),
      resolveUser: candidate => candidate.userRef,
    });
    const back = shiftsInWindow(
      [],
      scheduleOverrides(imported.entries, { rotationId: 'r', createdBy: A }),
      window.from,
      window.to,
    );
    const expected = shiftsInWindow(
      rotation,
      overrides,
      window.from,
      window.to,
    );
    expect(
      back.shifts.map(({ user, start, end }) => ({ user, start, end })),
    ).toEqual(
      expected.shifts.map(({ user, start, end }) => ({ user, start, end })),
    );
  });
});
