// The 15 maturity vectors. Titles, descriptions and hints are our own wording of the
// framework's vector analysis; the ids are a stable contract (stored in the database,
// used in config and in the HTTP API, listed in its OpenAPI document), so never rename one —
// add a new id instead.

import { MaturityVector, spec, VectorId } from './schema/openapi.generated';

/**
 * The vector ids in their canonical order: the order used for display, for tie-breaks
 * and for every list this package returns.
 *
 * @public
 */
export const VECTOR_IDS = spec.components.schemas.VectorId.enum;

// Frozen so that a consumer mutating a shared definition cannot change what every
// other caller in the same process sees. (The API type is mutable; the freeze holds at run
// time, which the tests check.)
function defineVector(vector: MaturityVector): MaturityVector {
  return Object.freeze({
    ...vector,
    levelHints: Object.freeze([...vector.levelHints]) as string[],
  });
}

/**
 * All 15 maturity vectors, in the order of {@link VECTOR_IDS}.
 *
 * @public
 */
export const MATURITY_VECTORS: readonly MaturityVector[] = Object.freeze([
  defineVector({
    id: 'supportability',
    title: 'Supportability',
    description:
      'How well it is backed when something goes wrong: escalation paths, out-of-hours cover and the monitoring that raises the alarm.',
    subjective: false,
    levelHints: [
      'Nobody owns support; users discover the problems.',
      'One or two people get pulled in ad hoc; little monitoring.',
      'A named team helps in office hours; basic alerts.',
      'On-call rotation and escalation path; key metrics watched.',
      'Runbooks and tuned alerts; after-hours calls are rare.',
      'Actionable self-monitoring; support is quiet and routine.',
    ],
  }),
  defineVector({
    id: 'operability',
    title: 'Operability',
    description:
      'How easy day-to-day running is: routine tasks, troubleshooting and configuration changes.',
    subjective: false,
    levelHints: [
      'Running it is guesswork; config lives only on the hosts.',
      'Only its experts can operate it, by hand.',
      'Routine tasks are known but manual; some config managed.',
      'Scripts for routine work; most config managed.',
      'All config managed; clear diagnostics; any trained operator copes.',
      'Routine work automated; anyone with access can do the rest safely.',
    ],
  }),
  defineVector({
    id: 'recoverability',
    title: 'Recoverability',
    description:
      'How quickly and safely it comes back after a fault, up to the loss of everything.',
    subjective: false,
    levelHints: [
      'No backups and no way back.',
      'Recovery is manual, untested and uncertain.',
      'Backups exist; restores are manual and slow.',
      'Tested restore procedure; reasonable fault tolerance.',
      'Redundant; most failures go unnoticed by users.',
      'Heals itself with zero downtime.',
    ],
  }),
  defineVector({
    id: 'documentation',
    title: 'Documentation',
    description:
      'Whether what people need to know is written down in any form (code comments, READMEs, wikis) and kept findable and current.',
    subjective: false,
    levelHints: [
      'Nothing written; the knowledge left with people.',
      'Scattered notes; mostly tribal knowledge and forums.',
      'Some docs, partly stale or hard to find.',
      'Core docs exist and mostly match reality.',
      'Clear, findable docs updated along with changes.',
      'Short, current docs answer most questions without asking anyone.',
    ],
  }),
  defineVector({
    id: 'architecture',
    title: 'Architecture',
    description:
      'How coherent and looked-after the design is, including the health of what it depends on and what depends on it.',
    subjective: false,
    levelHints: [
      'No known design; nobody knows why it is built this way.',
      'Accidental design resting on shaky neighbours.',
      'Some intent visible; inconsistent, fragile dependencies.',
      'Coherent design with known weak spots.',
      'Deliberate, reviewed design that is on the roadmap.',
      'Clean, evolving design among stable, mature neighbours.',
    ],
  }),
  defineVector({
    id: 'currency',
    title: 'Currency',
    description:
      'How up to date it is on patches, security fixes and releases; for in-house software, how actively defects are worked off.',
    subjective: false,
    levelHints: [
      'Unsupported or unpatched versions nobody tracks.',
      'Far behind; patching is feared and rare.',
      'Patched now and then, with no process.',
      'A few releases behind; patched fairly regularly.',
      'Kept current on a steady cadence without outages.',
      'Updates land automatically and safely; defects triaged continuously.',
    ],
  }),
  defineVector({
    id: 'usability',
    title: 'Usability',
    description:
      'How easily and predictably developers and implementers can integrate with it and get the result they expect.',
    subjective: true,
    levelHints: [
      'Nobody knows how to use it.',
      'Needs an expert at hand and still surprises.',
      'Usable with effort; outcomes are sometimes unclear.',
      'Standard interfaces; results usually as expected.',
      'Easy, well-understood interfaces that behave reliably.',
      'Obvious to use; does what you expect every time.',
    ],
  }),
  defineVector({
    id: 'automation',
    title: 'Automation and self-service',
    description:
      'How much of the operational work is done by code, and how much teams can do for themselves without raising a request.',
    subjective: false,
    levelHints: [
      'Everything by hand, on request.',
      'A few personal scripts.',
      'Shared scripts exist, but work is still ticket-driven.',
      'Provisioning and deploys mostly scripted; some self-service.',
      'Most tasks automated; teams serve themselves for common ones.',
      'Nearly every use case automated or self-service, environments on demand.',
    ],
  }),
  defineVector({
    id: 'deployability',
    title: 'Deployability',
    description:
      'How fast and safely a change travels from development to production, with all the testing it needs on the way.',
    subjective: false,
    levelHints: [
      'No repeatable way to deploy it.',
      'Manual, risky deploys that only a few can do.',
      'Written-down manual steps; little testing.',
      'Partly automated pipeline; upgrades still risky.',
      'Pipeline with automated tests; releases are routine.',
      'Continuous or one-click delivery; created and torn down at will.',
    ],
  }),
  defineVector({
    id: 'stability',
    title: 'Stability',
    description:
      'How seldom it fails, and how seldom a failure reaches customers.',
    subjective: false,
    levelHints: [
      'Failure rate unknown, or it is always broken.',
      'Fails often; people are wary of touching it.',
      'Regular incidents, some customer-facing.',
      'Occasional incidents; service levels usually met.',
      'Rare failures, most absorbed without customer impact.',
      'Almost never fails; hardly generates incidents.',
    ],
  }),
  defineVector({
    id: 'community',
    title: 'Community',
    description:
      'How widely it is backed and adopted beyond the company: a lively open-source project or a vendor with a healthy customer base.',
    subjective: false,
    levelHints: [
      'Abandoned, or unknown outside the company.',
      'Tiny or fading community; the vendor may not last.',
      'Niche following; fixes arrive slowly.',
      'Established project or vendor with steady releases.',
      'Broad adoption; easy to hire people who know it.',
      'An industry standard with a thriving community.',
    ],
  }),
  defineVector({
    id: 'maturity',
    title: 'Maturity',
    description:
      'How long it has existed and had the chance to prove itself, here and elsewhere.',
    subjective: false,
    levelHints: [
      'Brand new or never tried here.',
      'A prototype, days or weeks old.',
      'Months in use and still settling.',
      'Established in production for a good while.',
      'Long-running and well proven.',
      'Years of proven use; a settled part of the stack.',
    ],
  }),
  defineVector({
    id: 'ease-of-use',
    title: 'Ease of use',
    description:
      'How little effort it takes to understand and handle; high complexity scores low.',
    subjective: true,
    levelHints: [
      'Impenetrable; nobody wants to touch it.',
      'Very complex; only experts cope.',
      'Complex, with a steep learning curve.',
      'Manageable once you have learned it.',
      'Simple for most people.',
      'So simple nobody has to think about it.',
    ],
  }),
  defineVector({
    id: 'ubiquity',
    title: 'Ubiquity',
    description:
      'How widespread it is: the number of installations and distinct uses across the company.',
    subjective: false,
    levelHints: [
      'A single forgotten installation.',
      'One experimental use.',
      'A few installations, each done differently.',
      'Used by several teams in a consistent way.',
      'A common, standard building block.',
      'Everywhere, in one consistent form.',
    ],
  }),
  defineVector({
    id: 'happiness',
    title: 'Happiness',
    description:
      'How people feel about it: whether working with it is a pleasure or a chore.',
    subjective: true,
    levelHints: [
      'Dreaded; nobody will go near it.',
      'Past bad experiences make people steer clear.',
      'Tolerated, with frequent complaints.',
      'Used because it is expected, not because it is loved.',
      'Liked; people pick it by choice.',
      'Enjoyed; people recommend it to others.',
    ],
  }),
]);

// Built once so lookups and ordering are O(1) instead of scanning the list.
const VECTOR_INDEX: ReadonlyMap<string, number> = new Map(
  VECTOR_IDS.map((id, index) => [id, index]),
);

/**
 * Type guard: true when `value` is one of the 15 vector ids (exact, case-sensitive).
 *
 * @public
 */
export function isVectorId(value: unknown): value is VectorId {
  return typeof value === 'string' && VECTOR_INDEX.has(value);
}

/**
 * Returns the vector with the given id, or `undefined` for an unknown id.
 *
 * @public
 */
export function getVector(id: VectorId): MaturityVector;
/**
 * Returns the vector with the given id, or `undefined` for an unknown id.
 *
 * @public
 */
export function getVector(id: string): MaturityVector | undefined;
export function getVector(id: string): MaturityVector | undefined {
  const index = VECTOR_INDEX.get(id);
  return index === undefined ? undefined : MATURITY_VECTORS[index];
}

/**
 * Comparator that sorts vector ids in canonical order (see {@link VECTOR_IDS}).
 *
 * @public
 */
export function compareVectorIds(a: VectorId, b: VectorId): number {
  // Unknown ids sort last rather than throwing, so a comparator never breaks a sort.
  const ia = VECTOR_INDEX.get(a) ?? VECTOR_IDS.length;
  const ib = VECTOR_INDEX.get(b) ?? VECTOR_IDS.length;
  return ia - ib;
}
