import {
  AddRotationVersionRequest,
  CreateHandoffNoteRequest,
  CreateOverrideRequest,
  CreateRotationRequest,
  HandoffNote,
  HandoffWithNotes,
  ImportRotationRequest,
  nextHandoff,
  oncallHandoffNoteCreatePermission,
  oncallOverrideCreatePermission,
  oncallRotationManagePermission,
  Override,
  RotationResponse,
  RotationVersion,
  ShiftsResponse,
  shiftsInWindow,
  validateOverride,
  validateRotationVersion,
  validateTimezone,
} from '@agile-ops/plugin-oncall-common';
import { InputError, NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { OncallStore } from '../database/OncallStore';
import { exportCalendar } from '../ical/exportCalendar';
import { importScheduleInWorker } from '../ical/importInWorker';
import { scheduleOverrides } from '../ical/scheduleOverrides';
import { Access, UserCredentials } from './access';
import { handoffsInWindow } from './handoffs';
import { optionalInstant, validated } from './inputErrors';
import { MAX_WINDOW_DAYS } from './limits';
import { toRotation } from './rotationInput';
import { parseRefField, TeamDirectory } from './TeamDirectory';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** How far around a window overrides are read so shifts cut by them come out whole. */
const OVERRIDE_MARGIN = 60 * DAY;

/** Rotations, their shifts and calendar, overrides and hand-off notes. */
export class RotationService {
  constructor(
    private readonly options: {
      store: OncallStore;
      directory: TeamDirectory;
      access: Access;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** A stored rotation; NotFoundError when there is none with that id. */
  async get(id: string): Promise<RotationResponse> {
    const rotation = await this.options.store.getRotation(id);
    if (!rotation) throw new NotFoundError(`no rotation ${id}`);
    return rotation;
  }

  /** The rotations of a group, PoTW first. */
  async listForTeam(team: string): Promise<RotationResponse[]> {
    const rotations = await this.options.store.listRotations(team);
    return rotations.sort(
      (a, b) =>
        roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name),
    );
  }

  /** Overrides and imported entries that can affect `[from, to)`. */
  async overridesAround(rotationId: string, from: Date, to: Date) {
    return this.options.store.listOverrides(
      rotationId,
      new Date(from.getTime() - OVERRIDE_MARGIN),
      new Date(to.getTime() + OVERRIDE_MARGIN),
    );
  }

  async create(
    body: CreateRotationRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<RotationResponse> {
    const owner = parseRefField(body.owner, 'owner', 'group');
    const version = this.versionFrom(body.version, 'version');
    const { store, access } = this.options;
    return access.audited(
      {
        eventId: 'rotation-create',
        request,
        meta: { owner, name: body.name, role: version.role },
      },
      async () => {
        await access.authorize(
          oncallRotationManagePermission,
          owner,
          credentials,
        );
        await this.options.directory.getGroup(owner);
        return store.createRotation({
          id: randomUUID(),
          owner,
          name: body.name.trim(),
          source: 'rules',
          version,
          createdBy: credentials.principal.userEntityRef,
          createdAt: this.now(),
        });
      },
    );
  }

  async addVersion(
    id: string,
    body: AddRotationVersionRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<RotationResponse> {
    const rotation = await this.get(id);
    if (rotation.source !== 'rules') {
      throw new InputError(
        'an imported schedule has no rules to change; import it again instead',
      );
    }
    const version = this.versionFrom(body, '');
    const { store, access } = this.options;
    return access.audited(
      {
        eventId: 'rotation-version-add',
        request,
        meta: { rotationId: id, effectiveFrom: version.effectiveFrom },
      },
      async () => {
        await access.authorize(
          oncallRotationManagePermission,
          rotation.owner,
          credentials,
        );
        return store.addVersion(
          id,
          version,
          credentials.principal.userEntityRef,
          this.now(),
        );
      },
    );
  }

  async remove(
    id: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<void> {
    const rotation = await this.get(id);
    const { store, access } = this.options;
    await access.audited(
      { eventId: 'rotation-delete', request, meta: { rotationId: id } },
      async () => {
        await access.authorize(
          oncallRotationManagePermission,
          rotation.owner,
          credentials,
        );
        await store.deleteRotation(id);
      },
    );
  }

  async importCalendar(
    body: ImportRotationRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<RotationResponse> {
    const owner = parseRefField(body.owner, 'owner', 'group');
    validated(() => validateTimezone(body.timezone, 'timezone'));
    const now = this.now();
    const from =
      optionalInstant(body.from, 'from') ?? new Date(now.getTime() - 4 * WEEK);
    const to =
      optionalInstant(body.to, 'to') ?? new Date(now.getTime() + 52 * WEEK);
    if (!(to > from)) throw new InputError('to must be after from');
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) {
      throw new InputError(
        `to must be at most ${MAX_WINDOW_DAYS} days after from`,
      );
    }
    const { store, access, directory } = this.options;
    return access.audited(
      { eventId: 'rotation-import', request, meta: { owner, name: body.name } },
      async () => {
        await access.authorize(
          oncallRotationManagePermission,
          owner,
          credentials,
        );
        await directory.getGroup(owner);
        const users = await directory.userIndex();
        // Parsed and expanded in a worker thread with a time limit; users are named here.
        const schedule = await importScheduleInWorker(body.ics, {
          from,
          to,
          timezone: body.timezone,
          resolveUser: candidate =>
            (candidate.userRef && isUserRef(candidate.userRef)
              ? candidate.userRef
              : undefined) ??
            (candidate.email
              ? users.byEmail.get(candidate.email.toLocaleLowerCase('en-US'))
              : undefined) ??
            (candidate.name
              ? users.byName.get(candidate.name.toLocaleLowerCase('en-US'))
              : undefined),
        });
        if (schedule.unresolved.length > 0) {
          const first = schedule.unresolved[0];
          throw new InputError(
            `ics: no catalog user for the event ${first.uid}${
              first.summary ? ` ("${first.summary}")` : ''
            } at ${
              first.start
            }; add X-AGILE-OPS-USER or an attendee e-mail of a catalog user (${
              schedule.unresolved.length
            } event(s) unresolved)`,
          );
        }
        const id = randomUUID();
        return store.createRotation({
          id,
          owner,
          name: body.name.trim(),
          source: 'ical',
          role: body.role,
          timezone: body.timezone,
          imported: { from: from.toISOString(), to: to.toISOString() },
          entries: scheduleOverrides(schedule.entries, {
            rotationId: id,
            createdBy: credentials.principal.userEntityRef,
          }),
          createdBy: credentials.principal.userEntityRef,
          createdAt: now,
        });
      },
    );
  }

  async shifts(id: string, from: Date, to: Date): Promise<ShiftsResponse> {
    const rotation = await this.get(id);
    const overrides = await this.overridesAround(id, from, to);
    const window = shiftsInWindow(toRotation(rotation), overrides, from, to);
    return {
      rotationId: id,
      from: from.toISOString(),
      to: to.toISOString(),
      ...window,
    };
  }

  /** The rotation's shifts of the window as an RFC 5545 calendar. */
  async calendar(id: string, from: Date, to: Date): Promise<string> {
    const rotation = await this.get(id);
    const { shifts } = await this.shifts(id, from, to);
    return exportCalendar({
      rotation,
      shifts,
      userNames: await this.options.directory.describeUsers(
        shifts.map(s => s.user),
      ),
      now: this.now(),
    });
  }

  /** Overrides made by people (not imported entries) overlapping the window. */
  async listOverrides(id: string, from: Date, to: Date): Promise<Override[]> {
    await this.get(id);
    return this.options.store.listOverrides(id, from, to, 'manual');
  }

  async createOverride(
    id: string,
    body: CreateOverrideRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<Override> {
    const rotation = await this.get(id);
    const override: Override = {
      id: randomUUID(),
      rotationId: id,
      user: parseRefField(body.user, 'user', 'user'),
      start: isoField(body.start, 'start'),
      end: isoField(body.end, 'end'),
      ...(body.replaces
        ? { replaces: parseRefField(body.replaces, 'replaces', 'user') }
        : {}),
      ...(body.reason?.trim() ? { reason: body.reason.trim() } : {}),
      createdBy: credentials.principal.userEntityRef,
      createdAt: this.now().toISOString(),
    };
    validated(() => validateOverride(override));
    const { store, access } = this.options;
    return access.audited(
      {
        eventId: 'override-create',
        request,
        meta: {
          rotationId: id,
          user: override.user,
          start: override.start,
          end: override.end,
        },
      },
      async () => {
        await access.authorize(
          oncallOverrideCreatePermission,
          rotation.owner,
          credentials,
        );
        return store.createOverride({ ...override, source: 'manual' });
      },
    );
  }

  async deleteOverride(
    id: string,
    overrideId: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<void> {
    const rotation = await this.get(id);
    const { store, access } = this.options;
    await access.audited(
      {
        eventId: 'override-delete',
        request,
        meta: { rotationId: id, overrideId },
      },
      async () => {
        await access.authorize(
          oncallOverrideCreatePermission,
          rotation.owner,
          credentials,
        );
        if (!(await store.deleteOverride(id, overrideId))) {
          throw new NotFoundError(
            `no override ${overrideId} on rotation ${id}`,
          );
        }
      },
    );
  }

  /** Hand-offs of the window with the notes left for them. */
  async handoffs(
    id: string,
    from: Date,
    to: Date,
  ): Promise<HandoffWithNotes[]> {
    const rotation = await this.get(id);
    const overrides = await this.overridesAround(id, from, to);
    const notes = await this.options.store.listHandoffNotes(id, from, to);
    return handoffsInWindow(toRotation(rotation), overrides, from, to).map(
      handoff => ({
        ...handoff,
        notes: notes.filter(note => note.at === handoff.at),
      }),
    );
  }

  async createNote(
    id: string,
    body: CreateHandoffNoteRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<HandoffNote> {
    const rotation = await this.get(id);
    const text = body.text.trim();
    if (!text) throw new InputError('text must not be empty');
    let at = body.at ? isoField(body.at, 'at') : undefined;
    if (!at) {
      const now = this.now();
      const overrides = await this.overridesAround(
        id,
        now,
        new Date(now.getTime() + 366 * DAY),
      );
      const next = nextHandoff(toRotation(rotation), overrides, now);
      if (!next) {
        throw new InputError(
          'at is required: the rotation has no next hand-off',
        );
      }
      at = next.at;
    }
    const note: HandoffNote = {
      id: randomUUID(),
      rotationId: id,
      at,
      text,
      author: credentials.principal.userEntityRef,
      createdAt: this.now().toISOString(),
    };
    const { store, access } = this.options;
    return access.audited(
      { eventId: 'handoff-note-create', request, meta: { rotationId: id, at } },
      async () => {
        await access.authorize(
          oncallHandoffNoteCreatePermission,
          rotation.owner,
          credentials,
        );
        return store.createHandoffNote(note);
      },
    );
  }

  private versionFrom(
    body: CreateRotationRequest['version'],
    path: string,
  ): RotationVersion {
    const version = {
      ...body,
      effectiveFrom: body.effectiveFrom
        ? isoField(body.effectiveFrom, join(path, 'effectiveFrom'))
        : this.now().toISOString(),
      participants: body.participants.map((p, i) =>
        parseRefField(p, `${join(path, 'participants')}[${i}]`, 'user'),
      ),
    };
    validated(() => validateRotationVersion(version, path));
    return version;
  }
}

function isUserRef(value: string): boolean {
  try {
    parseRefField(value, 'user', 'user');
    return true;
  } catch {
    return false;
  }
}

function join(path: string, field: string) {
  return path ? `${path}.${field}` : field;
}

/** An instant of a body field in the UTC form the store and the resolver use. */
function isoField(value: string, field: string): string {
  return optionalInstant(value, field)!.toISOString();
}

const ROLE_ORDER = ['potw', 'primary', 'secondary'];

/** PoTW first, then primary and secondary on-call, then custom roles. */
export function roleRank(role: string): number {
  const index = ROLE_ORDER.indexOf(role);
  return index === -1 ? ROLE_ORDER.length : index;
}
