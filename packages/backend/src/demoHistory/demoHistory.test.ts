import { RUBRIC_VERSION } from '@agile-ops/plugin-maturity-common';
import {
  DEMO_PLAN,
  demoHistory,
  DemoLeaf,
  DemoHistoryPlan,
} from './demoHistory';

const DAY = 86_400_000;
const today = new Date('2026-12-03T00:00:00.000Z');
const plan: DemoHistoryPlan = { ...DEMO_PLAN, today };
const raters = [
  'user:default/alex',
  'user:default/priya',
  'user:default/tomas',
];
const leaves: DemoLeaf[] = [
  'payments',
  'discovery',
  'booking',
  'platform',
].flatMap(domain =>
  Array.from({ length: 12 }, (_, i) => ({
    entityRef: `component:default/${domain}-${i}`,
    domainRef: `domain:default/${domain}`,
    raters,
  })),
);
leaves.push({
  entityRef: 'component:default/ledger-service',
  domainRef: 'domain:default/payments',
  raters,
});

const history = demoHistory(leaves, plan);
const assessedRefs = new Set(history.map(a => a.entityRef));
const lastOf = (ref: string) =>
  Math.max(
    ...history
      .filter(a => a.entityRef === ref)
      .map(a => Date.parse(a.assessedAt)),
  );
const meanIn = (domain: string, from: number, to: number) => {
  const scores = history
    .filter(
      a =>
        a.entityRef.includes(`/${domain}-`) &&
        Date.parse(a.assessedAt) >= from &&
        Date.parse(a.assessedAt) < to,
    )
    .flatMap(a => a.scores.map(s => s.score));
  return scores.reduce((s, n) => s + n, 0) / scores.length;
};

describe('demoHistory', () => {
  it('is the same on every run', () => {
    expect(demoHistory(leaves, plan)).toEqual(history);
  });

  it('spans more than a year, in order, and nothing after today', () => {
    const times = history.map(a => Date.parse(a.assessedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[times.length - 1]).toBeLessThanOrEqual(today.getTime());
    expect(today.getTime() - times[0]).toBeGreaterThan(365 * DAY);
  });

  it('leaves some never assessed, ledger-service among them, and some stale', () => {
    expect(assessedRefs.has('component:default/ledger-service')).toBe(false);
    expect(assessedRefs.size).toBeLessThan(leaves.length - 1);
    expect(assessedRefs.size).toBeGreaterThan(leaves.length / 2);
    const stale = [...assessedRefs].filter(
      ref => today.getTime() - lastOf(ref) > 90 * DAY,
    );
    expect(stale.length).toBeGreaterThan(0);
  });

  it('has one domain rising and one slipping over the months', () => {
    const early = today.getTime() - 540 * DAY;
    const halfway = today.getTime() - 270 * DAY;
    const late = today.getTime() - 120 * DAY;
    expect(meanIn('payments', late, today.getTime())).toBeGreaterThan(
      meanIn('payments', early, halfway),
    );
    expect(meanIn('discovery', late, today.getTime())).toBeLessThan(
      meanIn('discovery', early, halfway),
    );
  });

  it('changes the rubric halfway and has subjective vectors rated by several people', () => {
    expect(new Set(history.map(a => a.rubricVersion))).toEqual(
      new Set(['2025.2', RUBRIC_VERSION]),
    );
    const happiness = history.filter(a =>
      a.scores.some(s => s.vector === 'happiness'),
    );
    const ratersPerRound = new Map<string, Set<string>>();
    for (const a of happiness) {
      const round = a.idempotencyKey.split(':').slice(0, 3).join(':');
      ratersPerRound.set(
        round,
        (ratersPerRound.get(round) ?? new Set()).add(a.assessedBy),
      );
    }
    expect([...ratersPerRound.values()].every(r => r.size >= 2)).toBe(true);
  });

  it('gives every assessment its own key and valid scores', () => {
    const keys = history.map(a => `${a.assessedBy} ${a.idempotencyKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of history) {
      for (const s of a.scores) {
        expect(Number.isInteger(s.score) && s.score >= 0 && s.score <= 5).toBe(
          true,
        );
      }
    }
  });
});
