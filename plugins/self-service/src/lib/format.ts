import { SelfServiceUsage } from '@agile-ops/plugin-maturity-common';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The run counts in one line: "3 runs in the last 30 days · 7 in 90 days". */
export function runCountText(runs: SelfServiceUsage['runs']): string {
  return `${plural(runs.last30Days, 'run', 'runs')} in the last 30 days · ${
    runs.last90Days
  } in 90 days`;
}

/** The note under the list when templates were skipped for a malformed annotation. */
export function ignoredTemplatesText(count: number): string {
  return `${plural(count, 'template', 'templates')} ignored: ${
    count === 1 ? 'its' : 'their'
  } agile-ops/applies-to annotation cannot be read`;
}
