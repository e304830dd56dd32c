import { nextHandoff } from './nextHandoff';
import { RotationInput } from './rotation';
import { A, B, C, override, rotation, version } from './testFixtures';
import { Override } from './schema/openapi.generated';

const solo = version({ participants: [A] });
const bobForBob = override({ user: B });
const septemberCover = override({
  start: '2026-09-01T00:00:00Z',
  end: '2026-09-02T00:00:00Z',
});
// From 2027-01-04 (shift 44 of the cycle, an even one) Alice and Bob alternate again.
const twoFrom2027 = version({
  effectiveFrom: '2027-01-04T09:00:00Z',
  participants: [A, B],
});

describe('nextHandoff', () => {
  it.each<[string, RotationInput, Override[], string, [string, ...unknown[]]]>([
    [
      'the end of the current shift',
      rotation(),
      [],
      '2026-03-03T00:00:00Z',
      ['2026-03-09T09:00:00.000Z', A, B],
    ],
    [
      'past a hand-off at the instant itself',
      rotation(),
      [],
      '2026-03-09T09:00:00Z',
      ['2026-03-16T09:00:00.000Z', B, A],
    ],
    [
      'from a gap before the rotation begins',
      rotation(),
      [],
      '2026-02-01T00:00:00Z',
      ['2026-03-02T09:00:00.000Z', null, A],
    ],
    [
      'the start of an override',
      rotation(),
      [override()],
      '2026-03-09T12:00:00Z',
      ['2026-03-10T00:00:00.000Z', B, C],
    ],
    [
      'the end of an override',
      rotation(),
      [override()],
      '2026-03-10T12:00:00Z',
      ['2026-03-11T00:00:00.000Z', C, B],
    ],
    [
      'past an override for the person already on duty',
      rotation(),
      [bobForBob],
      '2026-03-09T12:00:00Z',
      ['2026-03-16T09:00:00.000Z', B, A],
    ],
    [
      'past the weekly boundaries of a one-person rotation',
      [solo],
      [septemberCover],
      '2026-03-03T00:00:00Z',
      ['2026-09-01T00:00:00.000Z', A, C],
    ],
    [
      'a change only a later version brings',
      [solo, twoFrom2027],
      [],
      '2026-03-03T00:00:00Z',
      ['2027-01-11T09:00:00.000Z', A, B],
    ],
    [
      'into an override when there is no version',
      [],
      [override()],
      '2026-03-09T00:00:00Z',
      ['2026-03-10T00:00:00.000Z', null, C],
    ],
    [
      'out of an override into a gap',
      [],
      [override()],
      '2026-03-10T00:00:00Z',
      ['2026-03-11T00:00:00.000Z', C, null],
    ],
  ])('finds %s', (_, rules, overrides, instant, [at, from, to]) => {
    expect(nextHandoff(rules, overrides, instant)).toEqual({ at, from, to });
  });

  it('is null when the person never changes', () => {
    const twice = version({ participants: [A, A] });
    expect(nextHandoff([twice], [], '2026-03-03T00:00:00Z')).toBeNull();
    expect(nextHandoff([], [], '2026-03-03T00:00:00Z')).toBeNull();
  });
});
