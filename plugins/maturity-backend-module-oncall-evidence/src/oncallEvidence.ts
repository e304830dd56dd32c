import {
  EntityEvidence,
  EvidenceProvider,
} from '@agile-ops/plugin-maturity-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createLimiter, Limiter } from './client/limiter';
import { OncallClient } from './client/OncallClient';
import { readTeamOncall } from './facts/readTeamOncall';
import { CONCURRENT_REQUESTS } from './limits';
import { proposalsOf } from './rules/proposals';
import { teamOf } from './teamOf';

/** The id of this module's provider, stored with each of its proposals. */
export const ONCALL_PROVIDER_ID = 'oncall';

/**
 * The on-call evidence provider: finds the team covering each entity of a page, reads each
 * team once from the on-call plugin (many entities share a team) with at most a few requests
 * at a time, and gives every entity its team's proposals. An entity without a team, or whose
 * team the on-call plugin does not know, gets none. A failed or timed-out request fails the
 * page, so the maturity plugin keeps the proposals of the last collection that succeeded.
 */
export function oncallEvidenceProvider(client: OncallClient): EvidenceProvider {
  return {
    id: ONCALL_PROVIDER_ID,
    vectors: ['supportability', 'operability', 'stability'],
    // A set-up and a ledger show good habits, not excellence: no rule goes above 3.
    maxScore: 3,
    async collect(entities, { now, credentials, signal }) {
      const byTeam = new Map<string, string[]>();
      for (const entity of entities) {
        const team = teamOf(entity);
        if (!team) continue;
        const refs = byTeam.get(team) ?? [];
        refs.push(stringifyEntityRef(entity));
        byTeam.set(team, refs);
      }
      if (byTeam.size === 0) return [];

      // The first failed request stops the page's others: its answer is lost anyway. The
      // page is aborted before the failed request frees its slot, so no waiting one starts.
      const page = new AbortController();
      const pageSignal = AbortSignal.any([signal, page.signal]);
      const session = await client.session({ credentials, signal: pageSignal });
      const limiter = createLimiter(CONCURRENT_REQUESTS, pageSignal);
      const limit: Limiter = task =>
        limiter(() =>
          task().catch(error => {
            page.abort(error);
            throw error;
          }),
        );
      const teams = await Promise.all(
        [...byTeam.keys()].map(team =>
          readTeamOncall(team, { session, limit, now }),
        ),
      );

      return teams.flatMap((oncall): EntityEvidence[] => {
        if (!oncall) return [];
        const proposals = proposalsOf(oncall, now);
        return byTeam
          .get(oncall.team)!
          .map(entityRef => ({ entityRef, proposals }));
      });
    },
  };
}
