import {
  ImportedAssessment,
  RUBRIC_VERSION,
  MATURITY_VECTORS,
} from '@agile-ops/plugin-maturity-common';

/** A component or resource of the demo catalog, as the history generator needs it. */
export interface DemoLeaf {
  entityRef: string;
  domainRef?: string;
  /** The users of the owning team, who give the subjective ratings. */
  raters: string[];
}

/** How the generated past goes: which domain improves, which slips, what stays untouched. */
export interface DemoHistoryPlan {
  /** The day the history ends (UTC midnight); the same plan and day give the same history. */
  today: Date;
  months: number;
  improving: string;
  slipping: string;
  /** Left unassessed whatever the dice say (the browser test assesses it for the first time). */
  neverAssessed: string[];
  /** The rubric before its change in the middle of the history. */
  earlierRubric: string;
}

const DAY = 86_400_000;

// Deterministic dice per entity: the same catalog gives the same history on every machine.
function dice(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (n: number) => Math.max(0, Math.min(5, Math.round(n)));

// How much a domain's scores move per assessment round: up, down or not at all.
function driftOf(domainRef: string | undefined, plan: DemoHistoryPlan) {
  if (domainRef === plan.improving) return 0.35;
  if (domainRef === plan.slipping) return -0.3;
  return 0;
}

/** The demo's story, apart from the day it ends on. */
export const DEMO_PLAN: Omit<DemoHistoryPlan, 'today'> = {
  months: 18,
  improving: 'domain:default/payments',
  slipping: 'domain:default/discovery',
  neverAssessed: ['component:default/ledger-service'],
  earlierRubric: '2025.2',
};

/**
 * About `months` of assessments of the demo's components and resources, oldest first: most
 * assessed every six to twelve weeks by their owners, about one in seven never, about one in
 * five not since long enough ago to be stale; the subjective vectors rated by two or three
 * people; one domain rising and one slipping; the rubric changing halfway.
 */
export function demoHistory(
  leaves: DemoLeaf[],
  plan: DemoHistoryPlan,
): ImportedAssessment[] {
  const start = plan.today.getTime() - plan.months * 30 * DAY;
  const rubricChange = start + (plan.today.getTime() - start) / 2;
  const objective = MATURITY_VECTORS.filter(v => !v.subjective).map(v => v.id);
  const subjective = MATURITY_VECTORS.filter(v => v.subjective).map(v => v.id);
  const out: ImportedAssessment[] = [];
  for (const leaf of [...leaves].sort((a, b) =>
    a.entityRef < b.entityRef ? -1 : 1,
  )) {
    const roll = dice(leaf.entityRef);
    if (plan.neverAssessed.includes(leaf.entityRef) || roll() < 0.14) continue;
    const drift = driftOf(leaf.domainRef, plan);
    // Stale ones stopped five to eight months ago.
    const end =
      roll() < 0.2
        ? plan.today.getTime() - (150 + roll() * 90) * DAY
        : plan.today.getTime() - roll() * 20 * DAY;
    const base = new Map(
      [...objective, ...subjective].map(v => [
        v,
        drift < 0 ? 3 + roll() * 1.5 : 0.5 + roll() * 2,
      ]),
    );
    let at = start + roll() * 45 * DAY;
    for (let round = 0; at <= end; round++) {
      const rubricVersion =
        at < rubricChange ? plan.earlierRubric : RUBRIC_VERSION;
      const assessor = leaf.raters[round % Math.max(leaf.raters.length, 1)];
      if (!assessor) break;
      // The first assessment leaves a few objective vectors out; later ones score them all, so
      // that an entity's scores age together and "stale" means its last review was long ago.
      const scored =
        round === 0 ? objective.filter(() => roll() < 0.85) : objective;
      out.push({
        entityRef: leaf.entityRef,
        assessedBy: assessor,
        assessedAt: new Date(at).toISOString(),
        rubricVersion,
        scores: scored.map(vector => ({
          vector,
          score: clamp(base.get(vector)! + drift * round + (roll() - 0.5)),
        })),
        idempotencyKey: `demo-history:${leaf.entityRef}:${round}`,
      });
      // Several people rate the subjective vectors, each in an assessment of their own.
      for (const rater of leaf.raters.slice(0, 2 + Math.floor(roll() * 2))) {
        out.push({
          entityRef: leaf.entityRef,
          assessedBy: rater,
          assessedAt: new Date(at + DAY).toISOString(),
          rubricVersion,
          scores: subjective.map(vector => ({
            vector,
            score: clamp(
              base.get(vector)! + drift * round + (roll() - 0.5) * 2,
            ),
          })),
          idempotencyKey: `demo-history:${leaf.entityRef}:${round}:${rater}`,
        });
      }
      at += (40 + roll() * 40) * DAY;
    }
  }
  return out.sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
}
