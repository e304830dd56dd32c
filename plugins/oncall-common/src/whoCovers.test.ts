import { RotationInput } from './rotation';
import { A, B, C, D, override, rotation, version } from './testFixtures';
import { whoCovers } from './whoCovers';
import { Override } from './schema/openapi.generated';

const holiday = override({
  user: D,
  start: '2026-03-05T00:00:00Z',
  end: '2026-03-20T00:00:00Z',
});
const longCover = override({
  start: '2026-03-10T00:00:00Z',
  end: '2026-03-13T00:00:00Z',
});
const dayInside = override({
  id: 'o2',
  user: D,
  start: '2026-03-11T00:00:00Z',
  end: '2026-03-12T00:00:00Z',
  createdAt: '2026-03-02T00:00:00Z',
});
const edited = [
  version(),
  version({ effectiveFrom: '2026-03-12T00:00:00Z', participants: [A, D] }),
];

describe('whoCovers', () => {
  it('names the person on shift with the whole shift', () => {
    expect(whoCovers(rotation(), [], '2026-03-11T15:00:00Z')).toEqual({
      user: B,
      since: '2026-03-09T09:00:00.000Z',
      until: '2026-03-16T09:00:00.000Z',
      source: 'rotation',
      rotationVersion: '2026-01-01T00:00:00.000Z',
    });
  });

  it('reports an override with its own bounds and id', () => {
    expect(whoCovers(rotation(), [override()], '2026-03-10T05:00:00Z')).toEqual(
      {
        user: C,
        since: '2026-03-10T00:00:00.000Z',
        until: '2026-03-11T00:00:00.000Z',
        source: 'override',
        overrideId: 'o1',
      },
    );
  });

  it('counts a hand-off instant to the incoming shift', () => {
    expect(whoCovers(rotation(), [], '2026-03-09T09:00:00Z')?.user).toBe(B);
    expect(whoCovers(rotation(), [], '2026-03-09T08:59:59.999Z')?.user).toBe(A);
  });

  it('is null before the rotation starts and without versions', () => {
    expect(whoCovers(rotation(), [], '2026-03-02T08:59:59Z')).toBeNull();
    expect(whoCovers([], [], '2026-03-02T10:00:00Z')).toBeNull();
  });

  it.each<[string, RotationInput, Override[], string, string[]]>([
    [
      'the rotation shift an override cut short',
      rotation(),
      [override()],
      '2026-03-12T00:00:00Z',
      [B, '2026-03-11T00:00:00Z', '2026-03-16T09:00:00Z'],
    ],
    [
      'an override spanning several shifts whole',
      rotation(),
      [holiday],
      '2026-03-16T10:00:00Z',
      [D, '2026-03-05T00:00:00Z', '2026-03-20T00:00:00Z'],
    ],
    [
      'the part of an override a later one leaves',
      rotation(),
      [longCover, dayInside],
      '2026-03-12T06:00:00Z',
      [C, '2026-03-12T00:00:00Z', '2026-03-13T00:00:00Z'],
    ],
    [
      'a shift ending where a new version takes over',
      edited,
      [],
      '2026-03-11T00:00:00Z',
      [B, '2026-03-09T09:00:00Z', '2026-03-12T00:00:00Z'],
    ],
    [
      'a shift starting where a new version takes over',
      edited,
      [],
      '2026-03-12T00:00:00Z',
      [D, '2026-03-12T00:00:00Z', '2026-03-16T09:00:00Z'],
    ],
  ])('reports %s', (_, rules, overrides, instant, [user, since, until]) => {
    expect(whoCovers(rules, overrides, instant)).toMatchObject({
      user,
      since: new Date(since).toISOString(),
      until: new Date(until).toISOString(),
    });
  });

  it('names a bad instant', () => {
    expect(() => whoCovers(rotation(), [], 'now')).toThrow(
      'instant must be an ISO 8601 date-time with an offset or Z, got "now"',
    );
  });
});
