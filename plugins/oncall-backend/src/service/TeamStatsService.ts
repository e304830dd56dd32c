import {
  InterruptStatsResponse,
  iterationStats,
  oncallRotationManagePermission,
  SetCapacityRequest,
  TeamCapacity,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { Duration } from 'luxon';
import { LedgerStore, StoredCapacity } from '../database/LedgerStore';
import { TeamAccess, UserCredentials } from './access';
import { optionalInstant } from './inputErrors';
import { MAX_STATS_INTERRUPTS, MAX_STATS_WINDOW_DAYS } from './limits';
import { OncallSettings } from './settings';
import { CAPACITY_ANNOTATION, TeamDirectory } from './TeamDirectory';

/** Iterations reported when the caller names no window. */
const DEFAULT_ITERATIONS = 6;
/** A change of the share below one percentage point per iteration counts as flat. */
const FLAT_SLOPE = 0.01;

/** Least-squares slope of the shares per iteration, as up, down or flat. */
export function shareTrend(shares: Array<number | null>) {
  const points = shares.flatMap((share, x) =>
    share === null ? [] : [{ x, y: share }],
  );
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  const num = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const den = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const slope = num / den;
  if (Math.abs(slope) < FLAT_SLOPE) return 'flat';
  return slope > 0 ? 'up' : 'down';
}

/** A capacity set in the portal, as the API reports it. */
function portalCapacity(stored: StoredCapacity): TeamCapacity {
  return {
    hoursPerIteration: stored.people * stored.hoursPerPerson,
    source: 'portal',
    ...stored,
  };
}

/** Planned capacity of teams and their interrupt effort against it per iteration. */
export class TeamStatsService {
  constructor(
    private readonly options: {
      store: LedgerStore;
      directory: TeamDirectory;
      access: TeamAccess;
      settings: OncallSettings;
      now?: () => Date;
    },
  ) {}

  /** The team's capacity: set in the portal, else from the group annotation, else none. */
  async capacity(
    team: string,
    credentials?: BackstageCredentials,
  ): Promise<TeamCapacity> {
    // The group is read first, with the caller's credentials, so a hidden team is a 404.
    const group = await this.options.directory.getGroup(team, credentials);
    const stored = await this.options.store.getCapacity(team);
    if (stored) return portalCapacity(stored);
    const raw = group.metadata.annotations?.[CAPACITY_ANNOTATION]?.trim();
    // An empty or unreadable annotation counts as not set, rather than as zero capacity.
    const annotated = raw ? Number(raw) : NaN;
    if (Number.isFinite(annotated) && annotated >= 0) {
      return { hoursPerIteration: annotated, source: 'annotation' };
    }
    return { hoursPerIteration: null, source: null };
  }

  async setCapacity(
    team: string,
    body: SetCapacityRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<TeamCapacity> {
    // The router has checked both numbers against the OpenAPI document's ranges.
    const { store, access, directory } = this.options;
    const capacity = {
      people: body.people,
      hoursPerPerson: body.hoursPerPerson,
    };
    await access.audited(
      {
        eventId: 'capacity-set',
        request,
        credentials,
        meta: { team, ...body },
      },
      async () => {
        await access.authorizeTeam(
          oncallRotationManagePermission,
          team,
          credentials,
        );
        await directory.getGroup(team);
        await store.setCapacity(
          team,
          capacity,
          credentials.principal.userEntityRef,
          this.options.now?.() ?? new Date(),
        );
      },
    );
    // The answer is what was just stored, without reading it (or the group) back.
    return portalCapacity(capacity);
  }

  /** Interrupt effort against capacity per iteration, by category, with a trend. */
  async stats(
    team: string,
    query: { from?: string; to?: string },
    credentials: BackstageCredentials,
  ): Promise<InterruptStatsResponse> {
    const { iterations: config } = this.options.settings;
    const length = Duration.fromISO(config.length);
    const now = this.options.now?.() ?? new Date();
    const to = optionalInstant(query.to, 'to') ?? now;
    const from =
      optionalInstant(query.from, 'from') ??
      new Date(to.getTime() - (DEFAULT_ITERATIONS - 1) * length.toMillis() - 1);
    if (to <= from) throw new InputError('to must be after from');
    if (to.getTime() - from.getTime() > MAX_STATS_WINDOW_DAYS * 86_400_000) {
      throw new InputError('to must be at most three years after from');
    }
    const capacity = await this.capacity(team, credentials);
    // Iterations are reported whole, so read a whole iteration beyond each end of the window.
    const margin = length.toMillis() + 86_400_000;
    const interrupts = await this.options.store.listInterrupts({
      team,
      from: new Date(from.getTime() - margin),
      to: new Date(to.getTime() + margin),
      limit: MAX_STATS_INTERRUPTS,
    });
    const iterations = iterationStats(interrupts, {
      capacityMinutes: (capacity.hoursPerIteration ?? 0) * 60,
      iterationLength: config.length,
      anchor: config.anchor,
      timezone: config.timezone,
      from,
      to,
    });
    return {
      team,
      iterationLength: config.length,
      capacity,
      iterations,
      trend: shareTrend(iterations.map(i => i.share)),
    };
  }
}
