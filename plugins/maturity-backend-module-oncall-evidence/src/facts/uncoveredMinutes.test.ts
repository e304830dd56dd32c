import { uncoveredMinutes } from './uncoveredMinutes';

const from = new Date('2026-06-01T00:00:00Z');
const to = new Date('2026-06-29T00:00:00Z');
const span = (start: string, end: string) => ({
  start: `2026-06-${start}Z`,
  end: `2026-06-${end}Z`,
});

describe('uncoveredMinutes', () => {
  it('is 0 for a rotation without gaps', () => {
    expect(uncoveredMinutes([[]], from, to)).toBe(0);
  });

  it('adds up the gaps of one rotation, clipped to the window', () => {
    expect(
      uncoveredMinutes(
        [
          [
            span('01T00:00:00', '01T02:00:00'),
            span('10T00:00:00', '10T00:30:00'),
            // Reaches past the window: only its last hour counts.
            span('28T23:00:00', '30T00:00:00'),
          ],
        ],
        from,
        to,
      ),
    ).toBe(120 + 30 + 60);
  });

  it('counts only the time no rotation covers when there are several', () => {
    const first = [
      span('02T00:00:00', '02T10:00:00'),
      span('05T00:00:00', '05T01:00:00'),
    ];
    // Covers 02T00–04 and the whole of the second gap of the first.
    const second = [span('02T04:00:00', '02T12:00:00')];

    expect(uncoveredMinutes([first, second], from, to)).toBe(6 * 60);
    expect(uncoveredMinutes([second, first], from, to)).toBe(6 * 60);
  });

  it('ignores gaps outside the window and an empty window', () => {
    expect(
      uncoveredMinutes(
        [[{ start: '2026-05-01T00:00:00Z', end: '2026-05-02T00:00:00Z' }]],
        from,
        to,
      ),
    ).toBe(0);
    expect(
      uncoveredMinutes([[span('01T00:00:00', '02T00:00:00')]], to, from),
    ).toBe(0);
  });
});
