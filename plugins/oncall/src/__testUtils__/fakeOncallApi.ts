import {
  HandoffNote,
  HandoffWithNotes,
  Interrupt,
  InterruptStatsResponse,
  NowResponse,
  Override,
  RotationResponse,
  ShiftWindow,
  TeamCapacity,
  shiftsInWindow,
  whoCovers,
} from '@agile-ops/plugin-oncall-common';
import { ResponseError } from '@backstage/errors';
import { OncallApi, TimeWindow } from '../api/OncallApi';
import { GROUP_REF } from './fixtures';

/**
 * What the fake backend holds. Tests set it before rendering (or between renders) and read it
 * after a write; writes through the API change it, so a re-fetch shows their effect.
 */
export interface FakeOncallState {
  rotations: RotationResponse[];
  overrides: Override[];
  /**
   * Shifts per rotation id, for rotations whose shifts should not be computed from their
   * versions and overrides (such as imported ones); the window asked for is not applied.
   */
  shifts: Record<string, ShiftWindow>;
  /** Hand-offs per rotation id; when absent, they are derived from the shifts of the window. */
  handoffs: Record<string, HandoffWithNotes[]>;
  notes: HandoffNote[];
  interrupts: Interrupt[];
  /** Interrupt statistics per group ref; a default empty answer otherwise. */
  stats: Record<string, InterruptStatsResponse>;
  capacity: Record<string, TeamCapacity>;
  /** Answer of `getEntityNow` per entity ref. */
  now: Record<string, NowResponse>;
  /** Who is recorded as creating things. */
  currentUser: string;
  /** The instant the fake treats as now (for defaults such as `receivedAt`). */
  clock: () => string;
}

/** An OncallApi whose methods are jest mocks over {@link FakeOncallState}. */
export type FakeOncallApi = jest.Mocked<OncallApi> & { state: FakeOncallState };

/**
 * Builds a 400 `ResponseError` as the real client would from the backend's `InputError` body,
 * for tests of validation messages.
 */
export async function inputError(message: string): Promise<ResponseError> {
  const body = JSON.stringify({
    error: { name: 'InputError', message },
    response: { statusCode: 400 },
  });
  return ResponseError.fromResponse({
    ok: false,
    status: 400,
    statusText: 'Bad Request',
    redirected: false,
    type: 'basic',
    url: 'http://localhost/api/oncall',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => body,
  });
}

function notFound(what: string): Error {
  const error = new Error(`${what} not found`);
  error.name = 'NotFoundError';
  return error;
}

function emptyStats(
  team: string,
  capacity: TeamCapacity,
): InterruptStatsResponse {
  return {
    team,
    iterationLength: 'P2W',
    capacity,
    iterations: [],
    trend: null,
  };
}

// Hand-offs are the instants where the person covering changes, as the backend computes them.
function deriveHandoffs(window: ShiftWindow, notes: HandoffNote[]) {
  const tiles = [
    ...window.shifts.map(s => ({
      start: s.start,
      user: s.user as string | null,
    })),
    ...window.gaps.map(g => ({ start: g.start, user: null as string | null })),
  ].sort((a, b) => a.start.localeCompare(b.start));
  const handoffs: HandoffWithNotes[] = [];
  for (let i = 1; i < tiles.length; i += 1) {
    if (tiles[i].user !== tiles[i - 1].user) {
      const at = tiles[i].start;
      handoffs.push({
        at,
        from: tiles[i - 1].user,
        to: tiles[i].user,
        notes: notes.filter(n => n.at === at),
      });
    }
  }
  return handoffs;
}

/**
 * An in-memory OncallApi for component tests: every method is a `jest.fn` (so calls can be
 * inspected and answers replaced with `mockRejectedValueOnce`), shifts are computed from the
 * rotation versions and overrides with the shared resolver, and writes change `state`.
 */
export function fakeOncallApi(
  initial: Partial<FakeOncallState> = {},
): FakeOncallApi {
  const state: FakeOncallState = {
    rotations: [],
    overrides: [],
    shifts: {},
    handoffs: {},
    notes: [],
    interrupts: [],
    stats: {},
    capacity: {},
    now: {},
    currentUser: 'user:default/alice',
    clock: () => '2026-03-11T10:00:00.000Z',
    ...initial,
  };
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}-${nextId++}`;

  const rotation = (id: string) => {
    const found = state.rotations.find(r => r.id === id);
    if (!found) throw notFound(`rotation ${id}`);
    return found;
  };
  const capacityOf = (group: string): TeamCapacity =>
    state.capacity[group] ?? { hoursPerIteration: null, source: null };
  const shiftWindow = (id: string, window: TimeWindow): ShiftWindow => {
    const r = rotation(id);
    if (state.shifts[id]) return state.shifts[id];
    if (r.versions.length === 0) {
      return { shifts: [], gaps: [{ start: window.from, end: window.to }] };
    }
    const overrides = state.overrides.filter(o => o.rotationId === id);
    return shiftsInWindow(r.versions, overrides, window.from, window.to);
  };
  const triagedBy = (team: string, at: string) => {
    const potw = state.rotations.find(
      r => r.owner === team && r.role === 'potw' && r.versions.length > 0,
    );
    if (!potw) return undefined;
    const overrides = state.overrides.filter(o => o.rotationId === potw.id);
    return whoCovers(potw.versions, overrides, at)?.user;
  };

  const api: OncallApi = {
    async getEntityNow(entityRef) {
      const given = state.now[entityRef];
      if (given) return given;
      // For a group, answer from its rotations as the backend would (without escalation).
      const rotations = state.rotations.filter(r => r.owner === entityRef);
      if (rotations.length === 0) throw notFound(`entity ${entityRef}`);
      const now = state.clock();
      const roles = rotations.map(r => {
        const overrides = state.overrides.filter(o => o.rotationId === r.id);
        const current =
          r.versions.length > 0 ? whoCovers(r.versions, overrides, now) : null;
        const next =
          current && r.versions.length > 0
            ? whoCovers(r.versions, overrides, current.until)
            : null;
        return {
          role: r.role,
          rotationId: r.id,
          rotationName: r.name,
          user: current?.user ?? null,
          since: current?.since ?? null,
          until: current?.until ?? null,
          next: current
            ? { user: next?.user ?? null, at: current.until }
            : null,
          timezone: r.timezone,
          override: current?.source === 'override',
        };
      });
      return {
        entityRef,
        team: entityRef,
        resolvedVia: 'self',
        roles,
        escalation: roles.flatMap(role => (role.user ? [role.user] : [])),
      };
    },
    async listTeamRotations(groupRef) {
      return state.rotations.filter(r => r.owner === groupRef);
    },
    async getRotation(rotationId) {
      return rotation(rotationId);
    },
    async createRotation(request) {
      const version = {
        ...request.version,
        participants: [...request.version.participants],
        effectiveFrom: request.version.effectiveFrom ?? state.clock(),
      };
      const created: RotationResponse = {
        id: newId('rot'),
        owner: request.owner,
        name: request.name,
        role: version.role,
        timezone: version.timezone,
        source: 'rules',
        versions: [version],
        createdBy: state.currentUser,
        createdAt: state.clock(),
      };
      state.rotations.push(created);
      return created;
    },
    async importRotation(request) {
      const created: RotationResponse = {
        id: newId('rot'),
        owner: request.owner,
        name: request.name,
        role: request.role,
        timezone: request.timezone,
        source: 'ical',
        versions: [],
        imported: {
          entries: (request.ics.match(/BEGIN:VEVENT/g) ?? []).length,
          from: request.from ?? state.clock(),
          to: request.to ?? state.clock(),
        },
        createdBy: state.currentUser,
        createdAt: state.clock(),
      };
      state.rotations.push(created);
      return created;
    },
    async addRotationVersion(rotationId, request) {
      const r = rotation(rotationId);
      const version = {
        ...request,
        participants: [...request.participants],
        effectiveFrom: request.effectiveFrom ?? state.clock(),
      };
      const updated: RotationResponse = {
        ...r,
        role: version.role,
        timezone: version.timezone,
        versions: [...r.versions, version],
      };
      state.rotations = state.rotations.map(x =>
        x.id === rotationId ? updated : x,
      );
      return updated;
    },
    async deleteRotation(rotationId) {
      rotation(rotationId);
      state.rotations = state.rotations.filter(r => r.id !== rotationId);
    },
    async getShifts(rotationId, window) {
      return { rotationId, ...window, ...shiftWindow(rotationId, window) };
    },
    async createFeedToken(rotationId) {
      rotation(rotationId);
      const token = newId('feed-token');
      return {
        token,
        feedUrl: `http://localhost:7007/api/oncall/feeds/${token}/calendar.ics`,
      };
    },
    async revokeFeedToken(rotationId) {
      rotation(rotationId);
    },
    async listOverrides(rotationId, window) {
      rotation(rotationId);
      return state.overrides
        .filter(
          o =>
            o.rotationId === rotationId &&
            o.start < window.to &&
            o.end > window.from,
        )
        .sort((a, b) => a.start.localeCompare(b.start));
    },
    async createOverride(rotationId, request) {
      rotation(rotationId);
      const created: Override = {
        id: newId('ovr'),
        rotationId,
        ...request,
        createdBy: state.currentUser,
        createdAt: state.clock(),
      };
      state.overrides.push(created);
      return created;
    },
    async deleteOverride(rotationId, overrideId) {
      if (
        !state.overrides.some(
          o => o.id === overrideId && o.rotationId === rotationId,
        )
      ) {
        throw notFound(`override ${overrideId}`);
      }
      state.overrides = state.overrides.filter(o => o.id !== overrideId);
    },
    async listHandoffs(rotationId, window) {
      const given = state.handoffs[rotationId];
      if (given) {
        return given.map(h => ({
          ...h,
          notes: [
            ...h.notes,
            ...state.notes.filter(
              n => n.rotationId === rotationId && n.at === h.at,
            ),
          ],
        }));
      }
      return deriveHandoffs(
        shiftWindow(rotationId, window),
        state.notes.filter(n => n.rotationId === rotationId),
      );
    },
    async createHandoffNote(rotationId, request) {
      rotation(rotationId);
      let at = request.at;
      if (!at) {
        const now = state.clock();
        const later = new Date(Date.parse(now) + 366 * 86_400_000);
        const upcoming = await api.listHandoffs(rotationId, {
          from: now,
          to: later.toISOString(),
        });
        at = upcoming[0]?.at ?? now;
      }
      const note: HandoffNote = {
        id: newId('note'),
        rotationId,
        at,
        text: request.text,
        author: state.currentUser,
        createdAt: state.clock(),
      };
      state.notes.push(note);
      return note;
    },
    async listInterrupts(options) {
      const interrupts = state.interrupts
        .filter(i => !options.team || i.team === options.team)
        .filter(i => !options.entityRef || i.entityRef === options.entityRef)
        .filter(i => !options.from || i.receivedAt >= options.from)
        .filter(i => !options.to || i.receivedAt < options.to)
        .filter(i => !options.open || !i.resolvedAt)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      return {
        interrupts: options.limit
          ? interrupts.slice(0, options.limit)
          : interrupts,
      };
    },
    async createInterrupt(request) {
      const receivedAt = request.receivedAt ?? state.clock();
      const created: Interrupt = {
        id: newId('int'),
        source: 'manual',
        createdBy: state.currentUser,
        triagedBy: triagedBy(request.team, receivedAt),
        ...request,
        receivedAt,
      };
      state.interrupts.push(created);
      return created;
    },
    async updateInterrupt(interruptId, request) {
      const found = state.interrupts.find(i => i.id === interruptId);
      if (!found) throw notFound(`interrupt ${interruptId}`);
      const updated = { ...found } as Record<string, unknown>;
      for (const [key, value] of Object.entries(request)) {
        if (value === null) delete updated[key];
        else if (value !== undefined) updated[key] = value;
      }
      state.interrupts = state.interrupts.map(i =>
        i.id === interruptId ? (updated as unknown as Interrupt) : i,
      );
      return updated as unknown as Interrupt;
    },
    async deleteInterrupt(interruptId) {
      state.interrupts = state.interrupts.filter(i => i.id !== interruptId);
    },
    async getInterruptStats(groupRef) {
      const stats = state.stats[groupRef];
      // The capacity may have been changed since the stats were set; the backend would
      // answer with the new one.
      return stats
        ? { ...stats, capacity: state.capacity[groupRef] ?? stats.capacity }
        : emptyStats(groupRef, capacityOf(groupRef));
    },
    async getCapacity(groupRef) {
      return state.stats[groupRef] && !state.capacity[groupRef]
        ? state.stats[groupRef].capacity
        : capacityOf(groupRef);
    },
    async setCapacity(groupRef, request) {
      const capacity: TeamCapacity = {
        hoursPerIteration: request.people * request.hoursPerPerson,
        source: 'portal',
        people: request.people,
        hoursPerPerson: request.hoursPerPerson,
      };
      state.capacity[groupRef] = capacity;
      return capacity;
    },
  };

  const mocked = Object.fromEntries(
    Object.entries(api).map(([name, fn]) => [name, jest.fn(fn)]),
  ) as unknown as jest.Mocked<OncallApi>;
  return Object.assign(mocked, { state });
}

/** The group ref the fake's defaults use, re-exported for tests that need only the fake. */
export { GROUP_REF };
