import { MAX_SCORE } from '@agile-ops/plugin-maturity-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import {
  DatabaseEvidenceStore,
  holdingDismissal,
} from '../evidence/DatabaseEvidenceStore';
import { LEAF_KINDS } from '../rollups/membership';

/** The id of the scheduled task that tells owners what to look at. */
export const OWNER_NOTICES_TASK = 'maturity-owner-notices';

const WEEK_MS = 7 * 86_400_000;
/** Entities named in one team's notification; the team page lists them all. */
const MAX_LISTED = 10;

/** What one entity's owners are told about it. */
export interface EntityNotice {
  entityRef: string;
  ownerRef: string;
  reasons: string[];
}

/** The entity page's maturity tab, or an entity page, as the portal's routes have them. */
function pagePath(entityRef: string, tab?: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const page = `/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}`;
  return tab ? `${page}/${tab}` : page;
}

// Entities in the catalog with an owner that were not in a notice during the last week.
function candidates(db: Knex, now: Date) {
  return db('maturity_entities as e')
    .where('e.in_catalog', true)
    .whereNotNull('e.owner_ref')
    .whereIn('e.kind', LEAF_KINDS)
    .whereNotExists(
      db('maturity_owner_notices as n')
        .whereRaw('n.entity_ref = e.entity_ref')
        .where('n.sent_at', '>', new Date(now.getTime() - WEEK_MS)),
    );
}

/**
 * The entities whose owners should hear about them now: those with scores older than
 * `staleAfterMs`, and those with a proposal at least `proposalGap` levels from the confirmed
 * score that no owner dismissed; none that was in a notice during the last week, at most
 * `limit` of each kind.
 */
export async function dueNotices(options: {
  db: Knex;
  evidence: DatabaseEvidenceStore;
  now: Date;
  staleAfterMs: number;
  proposalGap: number;
  /** The highest score each provider can propose, by provider id (5 when not listed). */
  ceilings?: ReadonlyMap<string, number>;
  limit: number;
}): Promise<EntityNotice[]> {
  const { db, now, limit } = options;
  const notices = new Map<string, EntityNotice>();
  const noticeOf = (entityRef: string, ownerRef: string) => {
    const notice = notices.get(entityRef) ?? {
      entityRef,
      ownerRef,
      reasons: [],
    };
    notices.set(entityRef, notice);
    return notice;
  };

  // Typed by hand: knex types a query with count() by the count alone.
  type StaleRow = { entity_ref: string; owner_ref: string; stale: unknown };
  const stale = (await candidates(db, now)
    .join('maturity_current_scores as c', 'c.entity_ref', 'e.entity_ref')
    .where('c.recorded_at', '<', new Date(now.getTime() - options.staleAfterMs))
    .groupBy('e.entity_ref', 'e.owner_ref')
    .select('e.entity_ref', 'e.owner_ref')
    .count({ stale: '*' })
    .orderBy('e.entity_ref')
    .limit(limit)) as unknown as StaleRow[];
  for (const row of stale) {
    const n = Number(row.stale);
    noticeOf(row.entity_ref, row.owner_ref).reasons.push(
      `${n} stale ${n === 1 ? 'score' : 'scores'}`,
    );
  }

  const gaps = await candidates(db, now)
    .join('maturity_evidence as p', 'p.entity_ref', 'e.entity_ref')
    .join('maturity_current_scores as c', function onVector() {
      this.on('c.entity_ref', 'p.entity_ref').andOn('c.vector', 'p.vector');
    })
    .whereNotNull('p.score')
    .whereRaw('abs(p.score - c.score) >= ?', [options.proposalGap])
    // As proposalDisputes has it: a provider at its ceiling below the score backs it up.
    .where(q => {
      for (const [provider, ceiling] of options.ceilings ?? []) {
        if (ceiling >= MAX_SCORE) continue;
        q.whereNot(atCeiling =>
          atCeiling
            .where('p.provider', provider)
            .where('p.score', '>=', ceiling)
            .whereRaw('c.score > p.score'),
        );
      }
    })
    .select(
      'e.entity_ref',
      'e.owner_ref',
      'p.vector',
      'p.provider',
      'p.score as proposed',
      'c.score as confirmed',
    )
    .orderBy(['e.entity_ref', 'p.vector', 'p.provider'])
    .limit(limit);
  const dismissals = await options.evidence.latestDismissals([
    ...new Set(gaps.map(row => row.entity_ref as string)),
  ]);
  for (const row of gaps) {
    const proposed = Number(row.proposed);
    const dismissed = holdingDismissal(dismissals.get(row.entity_ref), {
      vector: row.vector,
      provider: row.provider,
      score: proposed,
    });
    if (dismissed) continue;
    noticeOf(row.entity_ref, row.owner_ref).reasons.push(
      `${row.vector}: ${row.provider} proposes ${proposed}, confirmed ${Number(
        row.confirmed,
      )}`,
    );
  }
  return [...notices.values()];
}

/** One team's notification: its entities, each with what to look at. */
export function noticePayload(ownerRef: string, notices: EntityNotice[]) {
  const { name } = parseEntityRef(ownerRef);
  const count = notices.length;
  const listed = notices
    .slice(0, MAX_LISTED)
    .map(n => `${parseEntityRef(n.entityRef).name}: ${n.reasons.join('; ')}`);
  if (count > MAX_LISTED) listed.push(`and ${count - MAX_LISTED} more`);
  return {
    title: `Maturity of ${name}: ${count} ${
      count === 1 ? 'entity' : 'entities'
    } to reassess`,
    description: listed.join('\n'),
    // One entity: its maturity tab; several: the owner's page, whose card lists them.
    link:
      count === 1
        ? pagePath(notices[0].entityRef, 'maturity')
        : pagePath(ownerRef),
    severity: 'normal' as const,
    topic: 'maturity',
  };
}

/**
 * Tells the owners of the due entities about them, one notification per owner, and records
 * each entity so that it is named at most once a week. A notification that cannot be sent is
 * logged and tried again on the next run.
 */
export async function sendOwnerNotices(options: {
  db: Knex;
  evidence: DatabaseEvidenceStore;
  notifications: NotificationService;
  logger: LoggerService;
  staleAfterMs: number;
  proposalGap: number;
  ceilings?: ReadonlyMap<string, number>;
  limit: number;
  now?: Date;
}): Promise<{ owners: number; entities: number; failed: number }> {
  const now = options.now ?? new Date();
  const due = await dueNotices({ ...options, now });
  const byOwner = new Map<string, EntityNotice[]>();
  for (const notice of due) {
    byOwner.set(notice.ownerRef, [
      ...(byOwner.get(notice.ownerRef) ?? []),
      notice,
    ]);
  }
  const summary = { owners: 0, entities: 0, failed: 0 };
  for (const [ownerRef, notices] of byOwner) {
    try {
      await options.notifications.send({
        recipients: { type: 'entity', entityRef: ownerRef },
        payload: noticePayload(ownerRef, notices),
      });
    } catch (error) {
      summary.failed += 1;
      options.logger.warn(
        `maturity notice to ${ownerRef} not sent, tried again on the next run: ${error}`,
      );
      continue;
    }
    await options.db('maturity_owner_notices').insert(
      notices.map(n => ({
        id: randomUUID(),
        entity_ref: n.entityRef,
        owner_ref: ownerRef,
        reasons: JSON.stringify(n.reasons),
        sent_at: now,
      })),
    );
    summary.owners += 1;
    summary.entities += notices.length;
  }
  return summary;
}
