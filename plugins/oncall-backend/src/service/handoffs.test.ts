import { Rotation } from '@agile-ops/plugin-oncall-common';
import { handoffsInWindow } from './handoffs';

const rotation: Rotation = {
  id: 'r',
  owner: 'group:default/a',
  versions: [
    {
      effectiveFrom: '2026-01-01T00:00:00Z',
      timezone: 'UTC',
      role: 'potw',
      participants: ['user:default/a', 'user:default/b'],
      handoff: { weekday: 1, time: '09:00' },
      shiftLength: 'P1W',
      startDate: '2026-01-05',
    },
  ],
};

describe('handoffsInWindow', () => {
  it('lists the changes of person, one exactly at the window start included', () => {
    expect(
      handoffsInWindow(
        rotation,
        [],
        new Date('2026-01-12T09:00:00Z'),
        new Date('2026-01-26T09:00:00Z'),
      ),
    ).toEqual([
      {
        at: '2026-01-12T09:00:00.000Z',
        from: 'user:default/a',
        to: 'user:default/b',
      },
      {
        at: '2026-01-19T09:00:00.000Z',
        from: 'user:default/b',
        to: 'user:default/a',
      },
    ]);
  });

  it('counts hand-offs into and out of an override and from a gap', () => {
    const handoffs = handoffsInWindow(
      rotation,
      [
        {
          id: 'o',
          rotationId: 'r',
          user: 'user:default/c',
          start: '2026-01-06T00:00:00Z',
          end: '2026-01-07T00:00:00Z',
          createdBy: 'user:default/a',
          createdAt: '2026-01-01T00:00:00Z',
        },
      ],
      new Date('2026-01-04T00:00:00Z'),
      new Date('2026-01-08T00:00:00Z'),
    );
    expect(handoffs.map(h => [h.at, h.from, h.to])).toEqual([
      ['2026-01-05T09:00:00.000Z', null, 'user:default/a'],
      ['2026-01-06T00:00:00.000Z', 'user:default/a', 'user:default/c'],
      ['2026-01-07T00:00:00.000Z', 'user:default/c', 'user:default/a'],
    ]);
  });
});
