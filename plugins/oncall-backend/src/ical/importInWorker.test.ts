import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { DEFAULT_IMPORT_LIMITS } from '../service/limits';
import { CalendarImports, importScheduleInWorker } from './importInWorker';

const window = {
  from: new Date('2026-03-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
};

const calendar = (uid: string, ...lines: string[]) =>
  `${[
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTART:20260302T080000Z',
    'DTEND:20260303T080000Z',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n')}\r\n`;

// ical.js looks for a 30 February inside one call of its iterator and never returns.
const NEVER = calendar('never', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30');

/** Resolves once every worker of `imports` has exited. */
async function workersGone(imports: CalendarImports) {
  for (let i = 0; i < 100 && imports.liveWorkers > 0; i += 1) {
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return imports.liveWorkers;
}

describe('CalendarImports', () => {
  jest.setTimeout(30_000);

  it('reads a calendar in a worker and names users on this thread', async () => {
    const seen: unknown[] = [];
    const imports = new CalendarImports();
    const schedule = await importScheduleInWorker(
      calendar('weekly', 'RRULE:FREQ=WEEKLY;COUNT=2', 'ATTENDEE:mailto:a@x.io'),
      {
        ...window,
        resolveUser: candidate => {
          seen.push(candidate);
          return candidate.email === 'a@x.io' ? 'user:default/a' : undefined;
        },
      },
      imports,
    );
    expect(schedule.unresolved).toEqual([]);
    expect(schedule.entries).toEqual([
      {
        user: 'user:default/a',
        start: '2026-03-02T08:00:00.000Z',
        end: '2026-03-03T08:00:00.000Z',
        uid: 'weekly',
        order: 0,
      },
      {
        user: 'user:default/a',
        start: '2026-03-09T08:00:00.000Z',
        end: '2026-03-10T08:00:00.000Z',
        uid: 'weekly',
        order: 0,
      },
    ]);
    expect(seen).toEqual([{ email: 'a@x.io' }]);
    expect(await workersGone(imports)).toBe(0);
  });

  it('passes on the errors of a bad calendar as InputErrors', async () => {
    const imports = new CalendarImports();
    await expect(
      imports.read(calendar('bad', 'RRULE:FREQ=SOMETIMES'), window),
    ).rejects.toThrow(InputError);
    await expect(
      imports.read(calendar('bad', 'RRULE:FREQ=SOMETIMES'), window),
    ).rejects.toThrow(/^ics line 7: invalid frequency "SOMETIMES"/);
    expect(await workersGone(imports)).toBe(0);
  });

  it('stops a rule that never matches at the time limit, naming its UID', async () => {
    const imports = new CalendarImports({
      ...DEFAULT_IMPORT_LIMITS,
      timeLimitMs: 300,
    });
    // The event loop stays free while the worker spins: a timer keeps firing.
    let last = Date.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = Date.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    try {
      const error = await imports.read(NEVER, window).catch(e => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        'ics event never: expanding its recurrences took longer than the time limit of 300 ms (a rule that never or too rarely matches, or repeats too often)',
      );
    } finally {
      clearInterval(ticker);
    }
    // Generous: it catches a stalled loop, not a slow machine.
    expect(longestGap).toBeLessThan(1_000);
    expect(await workersGone(imports)).toBe(0);
  });

  it('refuses an import beyond the concurrent ones with a 503', async () => {
    const imports = new CalendarImports({
      ...DEFAULT_IMPORT_LIMITS,
      timeLimitMs: 500,
      maxConcurrent: 2,
    });
    const running = [imports.read(NEVER, window), imports.read(NEVER, window)];
    const third = await imports.read(NEVER, window).catch(e => e);
    expect(third).toBeInstanceOf(ServiceUnavailableError);
    expect(third.message).toMatch(/2 calendar imports are already running/);
    for (const outcome of await Promise.allSettled(running)) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: expect.any(InputError),
      });
    }
    expect(await workersGone(imports)).toBe(0);
    // Both places are free again.
    await expect(imports.read(calendar('after'), window)).resolves.toHaveLength(
      1,
    );
  });

  it('refuses a text over the size cap before it starts a worker', async () => {
    const imports = new CalendarImports({
      ...DEFAULT_IMPORT_LIMITS,
      maxCharacters: 100,
    });
    const pending = imports.read(calendar('long'), window);
    expect(imports.liveWorkers).toBe(0);
    await expect(pending).rejects.toThrow(
      /^ics has \d+ characters, more than the limit of 100$/,
    );
  });
});
