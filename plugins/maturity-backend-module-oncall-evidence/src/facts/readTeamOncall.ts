import {
  InterruptStatsResponse,
  InterruptStatsResponseSchema,
  NowResponse,
  NowResponseSchema,
  RotationResponse,
  RotationsResponse,
  RotationsResponseSchema,
  ShiftsResponse,
  ShiftsResponseSchema,
} from '@agile-ops/plugin-oncall-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { Limiter } from '../client/limiter';
import { AnswerSchema, OncallSession } from '../client/OncallClient';
import {
  COVERAGE_DAYS,
  ITERATIONS_LOOKED_AT,
  MAX_ITEMS,
  MAX_ROTATIONS,
} from '../limits';
import { rotationPeople } from './rotationPeople';
import { TeamOncall } from './TeamOncall';
import { uncoveredMinutes } from './uncoveredMinutes';

const DAY = 86_400_000;

/** What {@link readTeamOncall} reads with. */
export interface TeamReadOptions {
  session: OncallSession;
  /** Shared by the page's teams, so the page as a whole keeps to a few requests at once. */
  limit: Limiter;
  /** The collection's moment: coverage is checked from it, iterations before it count. */
  now: Date;
}

const isPotw = (rotation: RotationResponse) => rotation.role === 'potw';

/**
 * Reads what the on-call plugin says about one team: its rotations, then (when it has any)
 * its `now` answer for the escalation chain, the shifts and gaps of the coming weeks of its
 * PoTW rotations and imported schedules, and its interrupt statistics. Undefined when the
 * on-call plugin does not know the team (a 404: the group is not in the catalog).
 */
export async function readTeamOncall(
  team: string,
  { session, limit, now }: TeamReadOptions,
): Promise<TeamOncall | undefined> {
  const { namespace, name } = parseEntityRef(team);
  const teamPath = `/teams/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
  // Typed with the generated API types, so a schema that drifts from them fails to compile.
  const get = <T>(path: string, schema: AnswerSchema<T>) =>
    limit(() => session.get(path, schema));

  const listed = await get<RotationsResponse>(
    `${teamPath}/rotations`,
    RotationsResponseSchema,
  );
  if (!listed) return undefined;
  const rotations = listed.rotations.slice(0, MAX_ROTATIONS);
  const empty = {
    team,
    rotations: [],
    coverageDays: COVERAGE_DAYS,
    escalationPeople: 0,
    iterations: [],
  };
  // A team without rotations gets one proposal, which needs nothing more.
  if (rotations.length === 0) return empty;

  const from = now;
  const to = new Date(now.getTime() + COVERAGE_DAYS * DAY);
  const window = `from=${encodeURIComponent(
    from.toISOString(),
  )}&to=${encodeURIComponent(to.toISOString())}`;
  // Shifts tell the gaps of PoTW rotations and the people of imported schedules.
  const needShifts = rotations.filter(r => isPotw(r) || r.source === 'ical');
  const [nowAnswer, stats, shifts] = await Promise.all([
    get<NowResponse>(`${teamPath}/now`, NowResponseSchema),
    get<InterruptStatsResponse>(
      `${teamPath}/interrupt-stats`,
      InterruptStatsResponseSchema,
    ),
    Promise.all(
      needShifts.map(r =>
        get<ShiftsResponse>(
          `/rotations/${encodeURIComponent(r.id)}/shifts?${window}`,
          ShiftsResponseSchema,
        ),
      ),
    ),
  ]);
  const shiftsOf = new Map(
    needShifts.map((rotation, i) => [rotation.id, shifts[i]]),
  );
  // A rotation deleted between the calls answers 404 and counts as not there.
  const potwGaps = rotations.flatMap(r => {
    const answer = isPotw(r) ? shiftsOf.get(r.id) : undefined;
    return answer ? [answer.gaps] : [];
  });

  return {
    ...empty,
    rotations: rotations.map(rotation => ({
      role: rotation.role,
      people: rotationPeople(rotation, now, shiftsOf.get(rotation.id)?.shifts),
    })),
    potwUncoveredMinutes:
      potwGaps.length > 0 ? uncoveredMinutes(potwGaps, from, to) : undefined,
    escalationPeople: new Set(
      (nowAnswer?.escalation ?? [])
        .slice(0, MAX_ITEMS)
        .map(ref => ref.toLocaleLowerCase('en-US')),
    ).size,
    iterations: (stats?.iterations ?? [])
      .slice(0, MAX_ITEMS)
      .filter(iteration => Date.parse(iteration.end) <= now.getTime())
      .slice(-ITERATIONS_LOOKED_AT),
  };
}
