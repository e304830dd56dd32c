import { isInterruptCategory, isInterruptSource } from './interrupts';
import { InterruptEffort, iterationStats } from './iterationStats';

const none = { count: 0, minutes: 0 };

describe('iterationStats', () => {
  const interrupts: InterruptEffort[] = [
    {
      category: 'incident',
      receivedAt: '2026-01-05T08:00:00Z',
      effortMinutes: 60,
    },
    {
      category: 'request',
      receivedAt: '2026-01-18T23:59:59Z',
      effortMinutes: 30,
    },
    {
      category: 'incident',
      receivedAt: '2026-01-12T10:00:00Z',
      effortMinutes: 15,
    },
    {
      category: 'question',
      receivedAt: '2026-01-19T00:00:00Z',
      effortMinutes: 120,
    },
    { category: 'alert', receivedAt: '2026-01-20T00:00:00Z' },
    // Before the first reported iteration: not counted.
    {
      category: 'other',
      receivedAt: '2026-01-04T23:00:00Z',
      effortMinutes: 999,
    },
  ];
  const options = {
    capacityMinutes: 600,
    anchor: '2026-01-05T00:00:00Z',
    from: '2026-01-05T00:00:00Z',
    to: '2026-02-02T00:00:00Z',
  };

  it('sums effort per two-week iteration against capacity', () => {
    expect(iterationStats(interrupts, options)).toEqual([
      {
        start: '2026-01-05T00:00:00.000Z',
        end: '2026-01-19T00:00:00.000Z',
        count: 3,
        interruptMinutes: 105, // 60 + 30 + 15
        capacityMinutes: 600,
        share: 0.175, // 105 / 600
        byCategory: {
          incident: { count: 2, minutes: 75 },
          request: { count: 1, minutes: 30 },
          question: none,
          alert: none,
          other: none,
        },
      },
      {
        start: '2026-01-19T00:00:00.000Z',
        end: '2026-02-02T00:00:00.000Z',
        count: 2,
        interruptMinutes: 120,
        capacityMinutes: 600,
        share: 0.2, // 120 / 600
        byCategory: {
          incident: none,
          request: none,
          question: { count: 1, minutes: 120 },
          alert: { count: 1, minutes: 0 },
          other: none,
        },
      },
    ]);
  });

  it('reports whole iterations overlapping the window, aligned to the anchor', () => {
    // The anchor lies a year later; iterations before it line up with it.
    const stats = iterationStats([], {
      ...options,
      anchor: '2027-01-04T00:00:00Z',
      from: '2026-01-10T00:00:00Z',
      to: '2026-01-20T00:00:00Z',
    });
    expect(stats.map(s => [s.start, s.end])).toEqual([
      ['2026-01-05T00:00:00.000Z', '2026-01-19T00:00:00.000Z'],
      ['2026-01-19T00:00:00.000Z', '2026-02-02T00:00:00.000Z'],
    ]);
  });

  it('has no share without capacity', () => {
    const [first] = iterationStats(interrupts, {
      ...options,
      capacityMinutes: 0,
    });
    expect(first.share).toBeNull();
    expect(first.interruptMinutes).toBe(105);
  });

  it('takes another length and keeps local midnight across daylight saving', () => {
    const stats = iterationStats([], {
      ...options,
      iterationLength: 'P1W',
      timezone: 'Europe/Berlin',
      anchor: '2026-03-23T00:00:00+01:00',
      from: '2026-03-23T00:00:00+01:00',
      to: '2026-04-06T00:00:00+02:00',
    });
    expect(stats.map(s => s.start)).toEqual([
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
  });

  it('names bad input', () => {
    expect(() =>
      iterationStats(
        [
          {
            category: 'chore',
            receivedAt: '2026-01-05T00:00:00Z',
          } as unknown as InterruptEffort,
        ],
        options,
      ),
    ).toThrow(
      'interrupts[0].category must be one of incident, request, question, alert, other, got "chore"',
    );
    expect(() =>
      iterationStats(
        [
          {
            category: 'alert',
            receivedAt: '2026-01-05T00:00:00Z',
            effortMinutes: -5,
          },
        ],
        options,
      ),
    ).toThrow(
      'interrupts[0].effortMinutes must be a finite number of 0 or more, got -5',
    );
    expect(() =>
      iterationStats([], { ...options, capacityMinutes: NaN }),
    ).toThrow('capacityMinutes must be a finite number of 0 or more, got NaN');
    expect(() =>
      iterationStats([], { ...options, iterationLength: '2 weeks' }),
    ).toThrow('iterationLength must be a positive ISO 8601 duration');
    expect(() =>
      iterationStats([], { ...options, timezone: 'Mars/Base' }),
    ).toThrow('timezone "Mars/Base" is not an IANA time zone');
  });
});

describe('interrupt guards', () => {
  it('know the categories and sources', () => {
    expect(isInterruptCategory('incident')).toBe(true);
    expect(isInterruptCategory('chore')).toBe(false);
    expect(isInterruptSource('self-service')).toBe(true);
    expect(isInterruptSource('email')).toBe(false);
  });
});
