import { shiftsInWindow } from '@agile-ops/plugin-oncall-common';
import { importSchedule } from './importSchedule';
import { IMPORT_REASON, scheduleOverrides } from './scheduleOverrides';

const A = 'user:default/alice';
const B = 'user:default/bob';
const from = '2026-03-01T00:00:00.000Z';
const to = '2026-04-01T00:00:00.000Z';

const entry = (
  user: string,
  start: string,
  end: string,
  uid: string,
  order: number,
) => ({
  user,
  start,
  end,
  uid,
  order,
});

describe('scheduleOverrides', () => {
  it('gives an empty rotation no shifts, only one gap', () => {
    expect(shiftsInWindow([], [], from, to)).toEqual({
      shifts: [],
      gaps: [{ start: from, end: to }],
    });
  });

  it('builds overrides with deterministic ids, distinct per rotation', () => {
    const entries = [
      entry(A, '2026-03-02T08:00:00.000Z', '2026-03-09T08:00:00.000Z', 'a', 0),
      entry(B, '2026-03-09T08:00:00.000Z', '2026-03-16T08:00:00.000Z', 'b', 1),
    ];
    const overrides = scheduleOverrides(entries, {
      rotationId: 'r1',
      createdBy: A,
    });
    expect(overrides[0]).toEqual({
      id: expect.stringMatching(/^ical-[0-9a-f]{32}$/),
      rotationId: 'r1',
      user: A,
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-09T08:00:00.000Z',
      reason: IMPORT_REASON,
      createdBy: A,
      createdAt: '1970-01-01T00:00:00.000Z',
    });
    expect(overrides[1].createdAt).toBe('1970-01-01T00:00:00.001Z');
    expect(
      scheduleOverrides(entries, { rotationId: 'r1', createdBy: B }).map(
        o => o.id,
      ),
    ).toEqual(overrides.map(o => o.id));
    const other = scheduleOverrides(entries, {
      rotationId: 'r2',
      createdBy: A,
    });
    expect(other.map(o => o.id)).not.toContain(overrides[0].id);
    // A file that repeats an event still gets distinct ids (they are primary keys).
    const twice = scheduleOverrides([entries[0], entries[0]], {
      rotationId: 'r1',
      createdBy: A,
    });
    expect(new Set(twice.map(o => o.id)).size).toBe(2);
    expect(
      scheduleOverrides(entries, {
        rotationId: 'r1',
        createdBy: A,
        createdAt: new Date('2026-03-01T10:00:00Z'),
      }).map(o => o.createdAt),
    ).toEqual(['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.001Z']);
  });

  it('lets the entry later in the file win where entries overlap', () => {
    // Bob's week comes first in the file, alice's day inside it second: alice wins her day.
    // The other way round, bob's week covers alice's day.
    const week = (order: number) =>
      entry(
        B,
        '2026-03-02T08:00:00.000Z',
        '2026-03-09T08:00:00.000Z',
        'week',
        order,
      );
    const day = (order: number) =>
      entry(
        A,
        '2026-03-04T00:00:00.000Z',
        '2026-03-05T00:00:00.000Z',
        'day',
        order,
      );
    const resolve = (entries: ReturnType<typeof entry>[]) =>
      shiftsInWindow(
        [],
        scheduleOverrides(entries, { rotationId: 'r', createdBy: A }),
        from,
        to,
      ).shifts.map(({ user, start, end }) => [user, start, end]);
    // Entries come sorted by start, whatever their file order.
    expect(resolve([week(0), day(1)])).toEqual([
      [B, '2026-03-02T08:00:00.000Z', '2026-03-04T00:00:00.000Z'],
      [A, '2026-03-04T00:00:00.000Z', '2026-03-05T00:00:00.000Z'],
      [B, '2026-03-05T00:00:00.000Z', '2026-03-09T08:00:00.000Z'],
    ]);
    expect(resolve([week(1), day(0)])).toEqual([
      [B, '2026-03-02T08:00:00.000Z', '2026-03-09T08:00:00.000Z'],
    ]);
  });

  it('carries file order from importSchedule', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:day',
      'DTSTART;VALUE=DATE:20260304',
      `X-AGILE-OPS-USER:${A}`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:week',
      'DTSTART:20260302T080000Z',
      'DURATION:P1W',
      `X-AGILE-OPS-USER:${B}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { entries } = importSchedule(text, {
      from: new Date(from),
      to: new Date(to),
      resolveUser: c => c.userRef,
    });
    expect(entries.map(e => [e.uid, e.order])).toEqual([
      ['week', 1],
      ['day', 0],
    ]);
    const window = shiftsInWindow(
      [],
      scheduleOverrides(entries, { rotationId: 'r', createdBy: A }),
      from,
      to,
    );
    expect(window.shifts.map(s => s.user)).toEqual([B]);
  });
});
