// Shapes of the on-call HTTP API (`/api/oncall`), shared by the backend that answers and the
// frontend client that asks. Instants are ISO 8601 UTC strings.
import { Interrupt, InterruptCategory } from './interrupts';
import { IterationStats } from './iterationStats';
import { Override } from './override';
import { RotationRole, RotationVersion } from './rotation';
import { Gap, Shift } from './shifts';

/**
 * Where a rotation's shifts come from: its own rules, or a schedule imported from iCal.
 *
 * @public
 */
export type RotationSource = 'rules' | 'ical';

/**
 * A version of a rotation's rules as the API returns it (a plain JSON copy).
 *
 * @public
 */
export type RotationVersionResponse = Omit<RotationVersion, 'participants'> & {
  participants: string[];
};

/**
 * A rotation as the API returns it.
 *
 * @remarks
 * `role` and `timezone` are those of the version in force now (for an imported schedule, the
 * ones given at import), so lists need not look into `versions`.
 *
 * @public
 */
export interface RotationResponse {
  readonly id: string;
  /** Entity ref of the owning group. */
  readonly owner: string;
  readonly name: string;
  readonly role: RotationRole;
  readonly timezone: string;
  readonly source: RotationSource;
  /** Every version of the rules, oldest first; empty for an imported schedule. */
  readonly versions: RotationVersionResponse[];
  /** For an imported schedule: how many entries were imported and for which window. */
  readonly imported?: { entries: number; from: string; to: string };
  readonly createdBy: string;
  readonly createdAt: string;
}

/**
 * Body of `POST /rotations`: a new rotation with its first version.
 *
 * @public
 */
export interface CreateRotationRequest {
  /** Entity ref of the owning group. */
  readonly owner: string;
  readonly name: string;
  /** The first version; `effectiveFrom` defaults to now. */
  readonly version: Omit<RotationVersion, 'effectiveFrom'> & {
    readonly effectiveFrom?: string;
  };
}

/**
 * Body of `POST /rotations/{id}/versions`: new rules from `effectiveFrom` (default now) on.
 *
 * @public
 */
export type AddRotationVersionRequest = CreateRotationRequest['version'];

/**
 * Body of `POST /rotations/import`: a schedule exported as iCal by another on-call tool.
 *
 * @remarks
 * Each event (recurrences expanded, `EXDATE`s removed, `RECURRENCE-ID` instances replacing the
 * occurrence they name) becomes one stretch of duty in `[from, to)`. The person is read from the
 * `X-AGILE-OPS-USER` property, else from an attendee or organizer e-mail matched to a catalog
 * user, else from the summary matched to a user's name.
 *
 * @public
 */
export interface ImportRotationRequest {
  readonly owner: string;
  readonly name: string;
  readonly role: RotationRole;
  readonly timezone: string;
  /** The calendar, RFC 5545 text. */
  readonly ics: string;
  /** Window to expand recurrences in; defaults to 4 weeks ago … 52 weeks ahead. */
  readonly from?: string;
  readonly to?: string;
}

/**
 * Answer of `GET /rotations/{id}/shifts`.
 *
 * @public
 */
export interface ShiftsResponse {
  readonly rotationId: string;
  readonly from: string;
  readonly to: string;
  readonly shifts: Shift[];
  readonly gaps: Gap[];
}

/**
 * Body of `POST /rotations/{id}/overrides`.
 *
 * @public
 */
export interface CreateOverrideRequest {
  readonly user: string;
  readonly start: string;
  readonly end: string;
  readonly replaces?: string;
  readonly reason?: string;
}

/**
 * Answer of `GET /rotations/{id}/overrides`.
 *
 * @public
 */
export interface OverridesResponse {
  readonly overrides: Override[];
}

/**
 * A note left for a hand-off, by the person handing over or anyone in the team.
 *
 * @public
 */
export interface HandoffNote {
  readonly id: string;
  readonly rotationId: string;
  /** The hand-off instant the note belongs to. */
  readonly at: string;
  readonly text: string;
  readonly author: string;
  readonly createdAt: string;
}

/**
 * One hand-off of a window with its notes (answer of `GET /rotations/{id}/handoffs`).
 *
 * @public
 */
export interface HandoffWithNotes {
  readonly at: string;
  /** Who hands over; `null` after a gap. */
  readonly from: string | null;
  /** Who takes over; `null` before a gap. */
  readonly to: string | null;
  readonly notes: HandoffNote[];
}

/**
 * Body of `POST /rotations/{id}/handoffs/notes`.
 *
 * @public
 */
export interface CreateHandoffNoteRequest {
  /** The hand-off the note is for; defaults to the next one. */
  readonly at?: string;
  readonly text: string;
}

/**
 * Who fills one role of a team right now.
 *
 * @public
 */
export interface RoleCoverage {
  readonly role: RotationRole;
  readonly rotationId: string;
  readonly rotationName: string;
  /** User entity ref, or `null` while nobody covers (a gap). */
  readonly user: string | null;
  /** Start of the current shift (or gap). */
  readonly since: string | null;
  /** End of the current shift (or gap); `null` when nothing is scheduled after it. */
  readonly until: string | null;
  /** The next person and when they take over; `null` when nothing is scheduled. */
  readonly next: { user: string | null; at: string } | null;
  /** IANA zone of the rotation, for showing times on its wall clock. */
  readonly timezone: string;
  /** True when an override put the current person there. */
  readonly override: boolean;
}

/**
 * Answer of `GET /entities/{kind}/{namespace}/{name}/now` and `GET /teams/{namespace}/{name}/now`.
 *
 * @public
 */
export interface NowResponse {
  readonly entityRef: string;
  /** The group whose rotations cover the entity; `null` when none could be found. */
  readonly team: string | null;
  /** How the team was found: the entity itself, its owner, or the `agile-ops/oncall-team` annotation. */
  readonly resolvedVia: 'self' | 'owner' | 'annotation' | null;
  /** PoTW first, then primary, secondary and custom roles. */
  readonly roles: RoleCoverage[];
  /** Whom to call, in order: PoTW, primary on-call, secondary on-call, group lead; no repeats. */
  readonly escalation: string[];
}

/**
 * Body of `POST /interrupts`.
 *
 * @public
 */
export interface CreateInterruptRequest {
  readonly team: string;
  readonly entityRef?: string;
  readonly title: string;
  readonly category: InterruptCategory;
  /** Defaults to now. */
  readonly receivedAt?: string;
  readonly effortMinutes?: number;
  readonly resolvedAt?: string;
  /** How it reached the team; `manual` when omitted (`import` is only set by imports). */
  readonly source?: 'manual' | 'self-service';
}

/**
 * Body of `PATCH /interrupts/{id}`: the fields to change; `null` clears an optional one.
 *
 * @public
 */
export interface UpdateInterruptRequest {
  readonly title?: string;
  readonly category?: InterruptCategory;
  readonly effortMinutes?: number | null;
  readonly resolvedAt?: string | null;
}

/**
 * Answer of `GET /interrupts`, newest first.
 *
 * @public
 */
export interface InterruptsResponse {
  readonly interrupts: Interrupt[];
  readonly nextCursor?: string;
}

/**
 * One change of an interrupt: who made it and when, and for an update each changed field
 * with its value before and after; a deletion keeps the interrupt as it was.
 *
 * @public
 */
export interface InterruptEdit {
  readonly interruptId: string;
  readonly action: 'update' | 'delete';
  readonly changes: Record<string, { from: unknown; to: unknown }>;
  readonly changedBy: string;
  readonly changedAt: string;
}

/**
 * Answer of `GET /interrupts/{id}/edits`, oldest first.
 *
 * @public
 */
export interface InterruptEditsResponse {
  readonly edits: InterruptEdit[];
}

/**
 * Where a team's planned capacity comes from.
 *
 * @public
 */
export interface TeamCapacity {
  /** Planned hours of the whole team per iteration; `null` when nobody has set it. */
  readonly hoursPerIteration: number | null;
  /** `portal` when set in the portal (people × hours), `annotation` when read from the group. */
  readonly source: 'portal' | 'annotation' | null;
  readonly people?: number;
  readonly hoursPerPerson?: number;
}

/**
 * Body of `PUT /teams/{namespace}/{name}/capacity`.
 *
 * @public
 */
export interface SetCapacityRequest {
  readonly people: number;
  readonly hoursPerPerson: number;
}

/**
 * Answer of `GET /teams/{namespace}/{name}/interrupt-stats`.
 *
 * @public
 */
export interface InterruptStatsResponse {
  readonly team: string;
  readonly iterationLength: string;
  readonly capacity: TeamCapacity;
  /** Iterations overlapping the window, oldest first. */
  readonly iterations: IterationStats[];
  /**
   * Direction of the share over the reported iterations (least-squares slope of the shares
   * with a capacity): `up`, `down`, `flat`, or `null` with fewer than two such iterations.
   */
  readonly trend: 'up' | 'down' | 'flat' | null;
}
