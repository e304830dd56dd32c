import { IterationStats } from '@agile-ops/plugin-oncall-common';
import { TeamOncall } from '../facts/TeamOncall';

// Facts for the rule tests: a team and iterations built from the few numbers a test varies.

/** The moment the rule tests collect at. */
export const NOW = new Date('2026-06-01T12:00:00.000Z');

const DAY = 86_400_000;

/** What an {@link iteration} is made of; every count and minute is 0 unless given. */
export interface IterationParts {
  /** Days from the start to the end; 14 unless given. */
  days?: number;
  /** Interrupt minutes of the iteration. */
  minutes?: number;
  /** Planned capacity in minutes; 0 makes the share null, as the API does. */
  capacity?: number;
  incidents?: number;
  alerts?: number;
  /** Interrupts of other categories (requests). */
  requests?: number;
}

/**
 * Completed iterations ending one after another, the last at {@link NOW}, oldest first, with
 * the share the on-call API computes (`minutes / capacity`, null without capacity).
 */
export function iterations(...parts: IterationParts[]): IterationStats[] {
  let end = NOW.getTime();
  const built: IterationStats[] = [];
  for (const p of [...parts].reverse()) {
    const start = end - (p.days ?? 14) * DAY;
    const minutes = p.minutes ?? 0;
    const capacity = p.capacity ?? 6000;
    const stat = (count: number) => ({ count, minutes: 0 });
    built.unshift({
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      count: (p.incidents ?? 0) + (p.alerts ?? 0) + (p.requests ?? 0),
      interruptMinutes: minutes,
      capacityMinutes: capacity,
      share: capacity === 0 ? null : minutes / capacity,
      byCategory: {
        incident: stat(p.incidents ?? 0),
        request: stat(p.requests ?? 0),
        question: stat(0),
        alert: stat(p.alerts ?? 0),
        other: stat(0),
      },
    });
    end = start;
  }
  return built;
}

/**
 * A team with a weekly PoTW of three people, covered for the next four weeks, with a chain of
 * two people and no iterations; `fields` change any of it.
 */
export function teamOncall(fields: Partial<TeamOncall> = {}): TeamOncall {
  return {
    team: 'group:default/team-a',
    rotations: [{ role: 'potw', people: 3 }],
    coverageDays: 28,
    potwUncoveredMinutes: 0,
    escalationPeople: 2,
    iterations: [],
    ...fields,
  };
}
