import { toDate } from '@agile-ops/common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { ORGANIZATION_REF } from '../rollups/DatabaseRollupStore';
import { scopeMembership } from '../rollups/membership';
import { EntityLookup } from '../service/EntityLookup';
import { LIMITS } from '../service/limits';
import { Visibility } from '../service/Visibility';
import {
  ChangeExplanation,
  ChangeStep,
  isVectorId,
} from '@agile-ops/plugin-maturity-common';
import {
  assessmentSteps,
  ChangeWindow,
  evidenceSteps,
  MembershipChange,
  membershipStep,
} from './changeSteps';

const DAY_MS = 86_400_000;
const FIELD_ORDER = ['system', 'domain', 'owner', 'catalog'];

/** The window of a query: `to` defaults to now, `from` to 90 days before `to`. */
function windowOf(
  query: { vector?: string; from?: string; to?: string },
  now: Date,
): ChangeWindow {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from
    ? new Date(query.from)
    : new Date(to.getTime() - 90 * DAY_MS);
  if (!(from < to)) throw new InputError('from must be before to');
  if (to.getTime() - from.getTime() > LIMITS.rollupHistoryDays * DAY_MS) {
    throw new InputError(
      `from and to may be at most ${LIMITS.rollupHistoryDays} days apart`,
    );
  }
  if (query.vector && query.vector !== 'level' && !isVectorId(query.vector)) {
    throw new InputError(
      `vector must be a vector id or level, got "${query.vector}"`,
    );
  }
  const vector =
    query.vector && query.vector !== 'level' ? query.vector : undefined;
  return { from, to, vector };
}

/** Whether the entity of `step` was in the scope then, going by its joins and leaves. */
function wasMember(membership: ChangeStep[], step: ChangeStep): boolean {
  const own = membership.filter(m => m.entityRef === step.entityRef);
  if (own.length === 0) return true;
  const before = own.filter(m => m.at <= step.at).pop();
  if (before) return before.kind === 'joined';
  return own[0].kind === 'left';
}

/**
 * "Why did it change": the assessments, proposals, rubric changes and membership changes
 * (entities that joined or left a scope, or an entity that moved) behind a move of an entity's
 * score or a scope's roll-up, in order. Every step names an entity; those the caller may not
 * read are left out and counted.
 */
export class ExplainService {
  constructor(
    private readonly deps: {
      db: Knex;
      entities: EntityLookup;
      visibility: Visibility;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** The steps behind an entity's scores in the window. */
  async explainEntity(
    entityRef: string,
    query: { vector?: string; from?: string; to?: string },
    credentials: BackstageCredentials,
  ): Promise<ChangeExplanation> {
    const [entity] = await this.deps.entities.getVisible(
      [entityRef],
      credentials,
    );
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    const window = windowOf(query, this.now());
    const changes = await this.changes(
      this.changesIn(window).where('entity_ref', entityRef),
    );
    const steps = [
      ...(await assessmentSteps(
        this.deps.db,
        [entityRef],
        window,
        LIMITS.explainSteps,
      )),
      ...(await evidenceSteps(
        this.deps.db,
        [entityRef],
        window,
        LIMITS.explainSteps,
      )),
      ...changes.map(change => membershipStep(change)),
    ];
    return this.answer(entityRef, query, window, steps, credentials);
  }

  /** The steps behind a scope's roll-up in the window. */
  async explainScope(
    scopeRef: string,
    query: { vector?: string; from?: string; to?: string },
    credentials: BackstageCredentials,
  ): Promise<ChangeExplanation> {
    const window = windowOf(query, this.now());
    const { db } = this.deps;
    const kind = scopeRef.split(':')[0];
    let members: string[] | undefined;
    const membership: ChangeStep[] = [];
    if (scopeRef !== ORGANIZATION_REF) {
      if (!['domain', 'system', 'group'].includes(kind)) {
        throw new InputError(`${scopeRef} is no domain, system or group`);
      }
      const [scope] = await this.deps.entities.getVisible(
        [scopeRef],
        credentials,
      );
      if (!scope)
        throw new NotFoundError(`No entity ${scopeRef} in the catalog`);
      // A group's roll-up counts what its sub-groups own too.
      const inScope =
        kind === 'group'
          ? new Set(
              (
                await db('maturity_group_ancestry')
                  .where('ancestor_ref', scopeRef)
                  .pluck('group_ref')
              ).concat(scopeRef),
            )
          : new Set([scopeRef]);
      const field = kind === 'group' ? 'owner' : kind;
      const moves = await this.changes(
        this.changesIn(window).where('field', field),
      );
      const touching = moves.filter(
        m => inScope.has(m.before_ref ?? '') !== inScope.has(m.after_ref ?? ''),
      );
      for (const move of touching.slice(-LIMITS.explainSteps)) {
        membership.push(
          membershipStep(
            move,
            inScope.has(move.after_ref ?? '') ? 'joined' : 'left',
          ),
        );
      }
      const current: string[] = await scopeMembership(db, kind as 'domain', {
        scopeRefs: [scopeRef],
      }).pluck('e.entity_ref');
      members = [...new Set([...current, ...touching.map(m => m.entity_ref)])];
    }
    const scored = [
      ...(await assessmentSteps(db, members, window, LIMITS.explainSteps)),
      ...(await evidenceSteps(db, members, window, LIMITS.explainSteps)),
    ];
    // An entity that joined counts from then on, one that left until then.
    const steps = [
      ...scored.filter(step => wasMember(membership, step)),
      ...membership,
    ];
    return this.answer(scopeRef, query, window, steps, credentials);
  }

  // The latest changes of the window, oldest first; one sync's changes of an entity in the
  // order system, domain, owner, catalog.
  private changesIn(window: ChangeWindow) {
    return this.deps
      .db('maturity_membership_changes')
      .where('changed_at', '>', window.from)
      .where('changed_at', '<=', window.to)
      .orderBy('changed_at', 'desc')
      .limit(LIMITS.explainSteps * 5);
  }

  private async changes(
    query: ReturnType<ExplainService['changesIn']>,
  ): Promise<MembershipChange[]> {
    const rows: MembershipChange[] = await query;
    const time = (c: MembershipChange) =>
      toDate(c.changed_at as string).getTime();
    return rows.sort(
      (a, b) =>
        time(a) - time(b) ||
        FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field),
    );
  }

  private async answer(
    ref: string,
    query: { vector?: string },
    window: ChangeWindow,
    all: ChangeStep[],
    credentials: BackstageCredentials,
  ): Promise<ChangeExplanation> {
    const readable = await this.deps.visibility.readable(
      all.map(step => step.entityRef),
      credentials,
    );
    const shown = all
      .filter(step => readable.has(step.entityRef))
      .sort((a, b) => (a.at < b.at ? -1 : Number(a.at > b.at)));
    return {
      ref,
      vector: query.vector ?? 'level',
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      steps: shown.slice(-LIMITS.explainSteps),
      hiddenSteps: all.length - shown.length,
      // Each kind of step is read up to the limit, so reaching it may have left some out.
      truncated: all.length >= LIMITS.explainSteps,
    };
  }
}
