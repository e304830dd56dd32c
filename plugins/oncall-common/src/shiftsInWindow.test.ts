import { shiftsInWindow } from './shiftsInWindow';
import { A, B, C, D, override, rotation, version } from './testFixtures';

const V1 = '2026-01-01T00:00:00.000Z';

describe('shiftsInWindow', () => {
  it('hands off weekly in participant order from the start date', () => {
    expect(
      shiftsInWindow(
        [version()],
        [],
        '2026-03-02T09:00:00Z',
        '2026-03-23T09:00:00Z',
      ),
    ).toEqual({
      shifts: [
        {
          user: A,
          start: '2026-03-02T09:00:00.000Z',
          end: '2026-03-09T09:00:00.000Z',
          source: 'rotation',
          rotationVersion: V1,
        },
        {
          user: B,
          start: '2026-03-09T09:00:00.000Z',
          end: '2026-03-16T09:00:00.000Z',
          source: 'rotation',
          rotationVersion: V1,
        },
        {
          user: A,
          start: '2026-03-16T09:00:00.000Z',
          end: '2026-03-23T09:00:00.000Z',
          source: 'rotation',
          rotationVersion: V1,
        },
      ],
      gaps: [],
    });
  });

  it('clips shifts to the window', () => {
    const { shifts } = shiftsInWindow(
      [version()],
      [],
      '2026-03-04T00:00:00Z',
      '2026-03-10T00:00:00Z',
    );
    expect(shifts.map(s => [s.user, s.start, s.end])).toEqual([
      [A, '2026-03-04T00:00:00.000Z', '2026-03-09T09:00:00.000Z'],
      [B, '2026-03-09T09:00:00.000Z', '2026-03-10T00:00:00.000Z'],
    ]);
  });

  it('starts on the first hand-off weekday on or after the start date', () => {
    // 2026-03-04 is a Wednesday; the first Monday on or after it is 2026-03-09.
    const { shifts, gaps } = shiftsInWindow(
      [version({ startDate: '2026-03-04' })],
      [],
      '2026-03-02T00:00:00Z',
      '2026-03-17T00:00:00Z',
    );
    expect(gaps).toEqual([
      { start: '2026-03-02T00:00:00.000Z', end: '2026-03-09T09:00:00.000Z' },
    ]);
    expect(shifts[0]).toMatchObject({
      user: A,
      start: '2026-03-09T09:00:00.000Z',
    });
  });

  it('reports a gap before the first shift and with no version at all', () => {
    expect(
      shiftsInWindow(
        [version()],
        [],
        '2026-02-23T00:00:00Z',
        '2026-03-03T00:00:00Z',
      ).gaps,
    ).toEqual([
      { start: '2026-02-23T00:00:00.000Z', end: '2026-03-02T09:00:00.000Z' },
    ]);
    expect(
      shiftsInWindow([], [], '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'),
    ).toEqual({
      shifts: [],
      gaps: [
        { start: '2026-03-01T00:00:00.000Z', end: '2026-03-02T00:00:00.000Z' },
      ],
    });
  });

  it('reports a gap before the first version takes effect', () => {
    const { gaps, shifts } = shiftsInWindow(
      [version({ effectiveFrom: '2026-03-04T12:00:00Z' })],
      [],
      '2026-03-02T09:00:00Z',
      '2026-03-09T09:00:00Z',
    );
    expect(gaps).toEqual([
      { start: '2026-03-02T09:00:00.000Z', end: '2026-03-04T12:00:00.000Z' },
    ]);
    expect(shifts).toEqual([
      expect.objectContaining({ user: A, start: '2026-03-04T12:00:00.000Z' }),
    ]);
  });

  it('accepts Date instants and instants with offsets', () => {
    const fromDates = shiftsInWindow(
      [version()],
      [],
      new Date('2026-03-02T09:00:00Z'),
      new Date('2026-03-09T09:00:00Z'),
    );
    const fromOffsets = shiftsInWindow(
      [version()],
      [],
      '2026-03-02T10:00:00+01:00',
      '2026-03-09T04:00:00-05:00',
    );
    expect(fromOffsets).toEqual(fromDates);
    expect(fromDates.shifts).toHaveLength(1);
  });

  it('rejects an empty or reversed window and bad instants', () => {
    expect(() =>
      shiftsInWindow(
        [version()],
        [],
        '2026-03-02T00:00:00Z',
        '2026-03-02T00:00:00Z',
      ),
    ).toThrow('to must be after from');
    expect(() =>
      shiftsInWindow([version()], [], '2026-03-02', '2026-03-03T00:00:00Z'),
    ).toThrow('from must be an ISO 8601 date-time with an offset or Z');
    expect(() =>
      shiftsInWindow([version()], [], new Date(NaN), '2026-03-03T00:00:00Z'),
    ).toThrow('from is an invalid Date');
  });

  describe('versions', () => {
    const edit = version({
      effectiveFrom: '2026-03-18T12:00:00Z',
      participants: [C, D],
    });

    it('changes shifts from its effective instant on, cutting the running shift', () => {
      const { shifts } = shiftsInWindow(
        [edit, version()],
        [],
        '2026-03-09T09:00:00Z',
        '2026-03-30T09:00:00Z',
      );
      expect(
        shifts.map(s => [s.user, s.start, s.end, s.rotationVersion]),
      ).toEqual([
        [B, '2026-03-09T09:00:00.000Z', '2026-03-16T09:00:00.000Z', V1],
        [A, '2026-03-16T09:00:00.000Z', '2026-03-18T12:00:00.000Z', V1],
        // Shift 2 of the cycle: participants[2 % 2] of the new version.
        [
          C,
          '2026-03-18T12:00:00.000Z',
          '2026-03-23T09:00:00.000Z',
          '2026-03-18T12:00:00.000Z',
        ],
        [
          D,
          '2026-03-23T09:00:00.000Z',
          '2026-03-30T09:00:00.000Z',
          '2026-03-18T12:00:00.000Z',
        ],
      ]);
    });

    it('leaves the past as it was', () => {
      const window = ['2026-03-02T00:00:00Z', '2026-03-18T12:00:00Z'] as const;
      expect(shiftsInWindow([version(), edit], [], ...window)).toEqual(
        shiftsInWindow([version()], [], ...window),
      );
    });

    it('follows the new hand-off rules after the edit', () => {
      const daily = version({
        effectiveFrom: '2026-03-20T00:00:00Z',
        shiftLength: 'P1D',
        handoff: { weekday: 5, time: '18:00' },
        startDate: '2026-03-20',
      });
      const { shifts } = shiftsInWindow(
        [version(), daily],
        [],
        '2026-03-19T00:00:00Z',
        '2026-03-22T00:00:00Z',
      );
      expect(shifts.map(s => [s.user, s.start])).toEqual([
        [A, '2026-03-19T00:00:00.000Z'],
        [A, '2026-03-20T18:00:00.000Z'],
        [B, '2026-03-21T18:00:00.000Z'],
      ]);
      // Between the edit and its first hand-off the new version has nobody.
      expect(
        shiftsInWindow(
          [version(), daily],
          [],
          '2026-03-19T00:00:00Z',
          '2026-03-22T00:00:00Z',
        ).gaps,
      ).toEqual([
        { start: '2026-03-20T00:00:00.000Z', end: '2026-03-20T18:00:00.000Z' },
      ]);
    });
  });

  describe('overrides', () => {
    it('split the rotation shift they fall into', () => {
      const { shifts } = shiftsInWindow(
        rotation(),
        [override()],
        '2026-03-09T09:00:00Z',
        '2026-03-16T09:00:00Z',
      );
      expect(shifts).toEqual([
        expect.objectContaining({ user: B, end: '2026-03-10T00:00:00.000Z' }),
        {
          user: C,
          start: '2026-03-10T00:00:00.000Z',
          end: '2026-03-11T00:00:00.000Z',
          source: 'override',
          overrideId: 'o1',
        },
        expect.objectContaining({
          user: B,
          start: '2026-03-11T00:00:00.000Z',
          source: 'rotation',
        }),
      ]);
    });

    it('let the one created later win where they overlap, whatever the list order', () => {
      const later = override({
        id: 'o2',
        user: D,
        start: '2026-03-10T12:00:00Z',
        end: '2026-03-12T00:00:00Z',
        createdAt: '2026-03-05T00:00:00Z',
      });
      const expected = [
        [B, '2026-03-09T09:00:00.000Z'],
        [C, '2026-03-10T00:00:00.000Z'],
        [D, '2026-03-10T12:00:00.000Z'],
        [B, '2026-03-12T00:00:00.000Z'],
      ];
      for (const list of [
        [override(), later],
        [later, override()],
      ]) {
        const { shifts } = shiftsInWindow(
          rotation(),
          list,
          '2026-03-09T09:00:00Z',
          '2026-03-16T09:00:00Z',
        );
        expect(shifts.map(s => [s.user, s.start])).toEqual(expected);
      }
    });

    it('break a tie in creation time by the greater id', () => {
      const twin = override({ id: 'o0', user: D });
      const { shifts } = shiftsInWindow(
        rotation(),
        [override(), twin],
        '2026-03-10T00:00:00Z',
        '2026-03-11T00:00:00Z',
      );
      expect(shifts).toEqual([expect.objectContaining({ overrideId: 'o1' })]);
    });

    it('cover a gap before the rotation starts', () => {
      const early = override({
        start: '2026-02-27T00:00:00Z',
        end: '2026-02-28T00:00:00Z',
      });
      const { shifts, gaps } = shiftsInWindow(
        rotation(),
        [early],
        '2026-02-26T00:00:00Z',
        '2026-03-02T09:00:00Z',
      );
      expect(shifts).toEqual([expect.objectContaining({ user: C })]);
      expect(gaps).toEqual([
        { start: '2026-02-26T00:00:00.000Z', end: '2026-02-27T00:00:00.000Z' },
        { start: '2026-02-28T00:00:00.000Z', end: '2026-03-02T09:00:00.000Z' },
      ]);
    });

    it('must belong to the rotation when a whole rotation is given', () => {
      expect(() =>
        shiftsInWindow(
          rotation(),
          [override({ rotationId: 'r2' })],
          '2026-03-09T00:00:00Z',
          '2026-03-10T00:00:00Z',
        ),
      ).toThrow(
        'overrides[0].rotationId "r2" is not the id of the rotation, "r1"',
      );
    });
  });
});
