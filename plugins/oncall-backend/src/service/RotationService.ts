import {
  AddRotationVersionRequest,
  CreateRotationRequest,
  ImportRotationRequest,
  oncallRotationManagePermission,
  RotationResponse,
  RotationVersion,
  ShiftsResponse,
  shiftsInWindow,
  validateRotationVersion,
  validateTimezone,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { RotationStore } from '../database/RotationStore';
import { importScheduleInWorker } from '../ical/importInWorker';
import { scheduleOverrides } from '../ical/scheduleOverrides';
import { TeamAccess, UserCredentials } from './access';
import { instantField, optionalInstant, validated } from './inputErrors';
import { MAX_WINDOW_DAYS } from './limits';
import { toRotation } from './rotationInput';
import { DEFAULT_MAX_ROTATIONS_PER_GROUP } from './settings';
import { parseRefField, TeamDirectory } from './TeamDirectory';
import { fromNowOn } from './timeRules';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** How far around a window overrides are read so shifts cut by them come out whole. */
const OVERRIDE_MARGIN = 60 * DAY;

/**
 * Rotations: their rules and versions, imported schedules and the shifts they come to;
 * overrides and hand-off notes have services of their own.
 */
export class RotationService {
  constructor(
    private readonly options: {
      store: RotationStore;
      directory: TeamDirectory;
      access: TeamAccess;
      /** Rotations one group may have; see `oncall.rotations.maxPerGroup`. */
      maxRotationsPerGroup?: number;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /**
   * A stored rotation; NotFoundError when there is none with that id or, given the caller's
   * credentials, when the caller may not read the group that owns it.
   */
  async get(
    id: string,
    credentials?: BackstageCredentials,
  ): Promise<RotationResponse> {
    const rotation = await this.options.store.getRotation(id);
    if (
      !rotation ||
      (credentials &&
        !(
          await this.options.directory.visibleRefs(
            [rotation.owner],
            credentials,
          )
        ).size)
    ) {
      throw new NotFoundError(`no rotation ${id}`);
    }
    return rotation;
  }

  /**
   * The rotations of a group, PoTW first; given the caller's credentials, NotFoundError when
   * the caller may not read the group.
   */
  async listForTeam(
    team: string,
    credentials?: BackstageCredentials,
  ): Promise<RotationResponse[]> {
    if (credentials) await this.options.directory.getEntity(team, credentials);
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
        credentials,
        meta: { owner, name: body.name, role: version.role },
      },
      async () => {
        await access.authorizeTeam(
          oncallRotationManagePermission,
          owner,
          credentials,
        );
        await this.options.directory.getGroup(owner);
        await this.checkRoom(owner);
        await this.checkMembers(owner, version.participants, 'version');
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
    const rotation = await this.get(id, credentials);
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
        credentials,
        meta: { rotationId: id, effectiveFrom: version.effectiveFrom },
      },
      async () => {
        await access.authorizeTeam(
          oncallRotationManagePermission,
          rotation.owner,
          credentials,
        );
        await this.checkMembers(rotation.owner, version.participants, '');
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
    await this.manage(id, 'rotation-delete', credentials, request, () =>
      this.options.store.deleteRotation(id),
    );
  }

  /**
   * Runs `write` as the audit event `eventId` (meta: the rotation's id) for a caller who may
   * read the rotation (else NotFoundError, before any event) and manage its group's rotations
   * (else NotAllowedError, recorded as the event's failure). Feed tokens are managed so too.
   */
  async manage<T>(
    id: string,
    eventId: string,
    credentials: UserCredentials,
    request: Request | undefined,
    write: (rotation: RotationResponse) => Promise<T>,
  ): Promise<T> {
    const rotation = await this.get(id, credentials);
    const { access } = this.options;
    return access.audited(
      { eventId, request, credentials, meta: { rotationId: id } },
      async () => {
        await access.authorizeTeam(
          oncallRotationManagePermission,
          rotation.owner,
          credentials,
        );
        return write(rotation);
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
      {
        eventId: 'rotation-import',
        request,
        credentials,
        meta: { owner, name: body.name },
      },
      async () => {
        await access.authorizeTeam(
          oncallRotationManagePermission,
          owner,
          credentials,
        );
        await directory.getGroup(owner);
        await this.checkRoom(owner);
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
        const members = await directory.membersOfTree(owner);
        const stranger = schedule.entries.find(e => !members.has(e.user));
        if (stranger) {
          throw new InputError(
            `ics: the event ${stranger.uid} names ${stranger.user}, who is not a member of ${owner} or of its sub-groups`,
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

  /** The shifts and gaps of `[from, to)`; see {@link RotationService.get} for credentials. */
  async shifts(
    id: string,
    from: Date,
    to: Date,
    credentials?: BackstageCredentials,
  ): Promise<ShiftsResponse> {
    return this.shiftsOf(await this.get(id, credentials), from, to);
  }

  /** The shifts and gaps of `[from, to)` of a rotation the caller has already read. */
  async shiftsOf(
    rotation: RotationResponse,
    from: Date,
    to: Date,
  ): Promise<ShiftsResponse> {
    const overrides = await this.overridesAround(rotation.id, from, to);
    const window = shiftsInWindow(toRotation(rotation), overrides, from, to);
    return {
      rotationId: rotation.id,
      from: from.toISOString(),
      to: to.toISOString(),
      ...window,
    };
  }

  /** InputError unless every participant is a member of the group or of a sub-group. */
  private async checkMembers(
    owner: string,
    users: readonly string[],
    path: string,
  ) {
    const members = await this.options.directory.membersOfTree(owner);
    users.forEach((user, index) => {
      if (!members.has(user)) {
        throw new InputError(
          `${join(
            path,
            'participants',
          )}[${index}]: ${user} is not a member of ${owner} or of its sub-groups`,
        );
      }
    });
  }

  /** InputError when the group already has as many rotations as it may. */
  private async checkRoom(owner: string) {
    const max =
      this.options.maxRotationsPerGroup ?? DEFAULT_MAX_ROTATIONS_PER_GROUP;
    const count = (await this.options.store.listRotations(owner)).length;
    if (count >= max) {
      throw new InputError(
        `owner ${owner} already has ${count} rotations, the most a group may have (oncall.rotations.maxPerGroup is ${max}); delete one first`,
      );
    }
  }

  private versionFrom(
    body: CreateRotationRequest['version'],
    path: string,
  ): RotationVersion {
    const now = this.now();
    const field = join(path, 'effectiveFrom');
    const version = {
      ...body,
      effectiveFrom: fromNowOn(
        body.effectiveFrom ? instantField(body.effectiveFrom, field) : now,
        now,
        field,
      ).toISOString(),
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

const ROLE_ORDER = ['potw', 'primary', 'secondary'];

/** PoTW first, then primary and secondary on-call, then custom roles. */
export function roleRank(role: string): number {
  const index = ROLE_ORDER.indexOf(role);
  return index === -1 ? ROLE_ORDER.length : index;
}
