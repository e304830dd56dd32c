import { spawn } from 'node:child_process';

// A backend process whose import worker is stuck in ical.js must still end on SIGTERM. The
// child runs the TypeScript sources through Backstage's require hook, as the dev backend
// does, so this also proves the worker inherits the hook.
const CHILD = `
const { CalendarImports } = require(${JSON.stringify(
  require.resolve('./importInWorker'),
)});
const { DEFAULT_IMPORT_LIMITS } = require(${JSON.stringify(
  require.resolve('../service/limits'),
)});
const ics = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:never',
  'DTSTART:20260302T080000Z', 'DTEND:20260303T080000Z',
  'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'END:VEVENT', 'END:VCALENDAR', '',
].join('\\r\\n');
const imports = new CalendarImports({ ...DEFAULT_IMPORT_LIMITS, timeLimitMs: 5000 });
// Stands for the HTTP server; a graceful shutdown closes it and waits for the loop to empty.
const server = setInterval(() => {}, 1000);
process.on('SIGTERM', () => clearInterval(server));
imports.read(ics, { from: new Date('2026-03-01'), to: new Date('2026-04-01') })
  .then(() => console.log('resolved'), error => console.log('refused', error.message));
const ready = setInterval(() => {
  if (imports.liveWorkers === 1) {
    clearInterval(ready);
    setTimeout(() => console.log('spinning'), 300);
  }
}, 20);
`;

describe('a backend process with an import worker', () => {
  jest.setTimeout(60_000);

  it('ends within 5 seconds of SIGTERM while the worker spins', async () => {
    const child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        '-e',
        CHILD,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    const exited = new Promise<{ code: number | null; at: number }>(resolve =>
      child.once('exit', code => resolve({ code, at: Date.now() })),
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', chunk => {
        output += String(chunk);
        if (output.includes('spinning')) resolve();
      });
      child.once('exit', () => reject(new Error(`child ended: ${output}`)));
    });
    const signalled = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    expect(code).toBe(0);
    // Within the 5 s and before the worker's own 5 s limit would end it: a stuck
    // worker used to keep the process for 90 seconds and more.
    expect(at - signalled).toBeLessThan(3_000);
    expect(output).not.toMatch(/resolved|refused/);
  });
});
