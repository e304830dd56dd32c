import {
  CreateOverrideRequest,
  oncallOverrideCreatePermission,
  Override,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { RotationStore } from '../database/RotationStore';
import { UserCredentials } from './access';
import { instantField } from './inputErrors';
import { parseRefField } from './TeamDirectory';
import { fromNowOn } from './timeRules';
import { TeamServiceDeps } from './teamServiceDeps';

/** Overrides people make of a rotation: someone covering instead of whom its rules name. */
export class OverrideService {
  constructor(private readonly options: TeamServiceDeps<RotationStore>) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /**
   * Overrides made by people (not imported entries) overlapping the window; see
   * `RotationService.get` for credentials.
   */
  async list(
    rotationId: string,
    from: Date,
    to: Date,
    credentials?: BackstageCredentials,
  ): Promise<Override[]> {
    await this.options.rotations.get(rotationId, credentials);
    return this.options.store.listOverrides(rotationId, from, to, 'manual');
  }

  /** Makes an override of a member of the owning group, from now on, within the cap. */
  async create(
    rotationId: string,
    body: CreateOverrideRequest,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<Override> {
    const rotation = await this.options.rotations.get(rotationId, credentials);
    const now = this.now();
    const start = fromNowOn(instantField(body.start, 'start'), now, 'start');
    const end = instantField(body.end, 'end');
    // An order of two fields is not something the OpenAPI document can state.
    if (end <= start) throw new InputError('end must be after start');
    const override: Override = {
      id: randomUUID(),
      rotationId,
      user: parseRefField(body.user, 'user', 'user'),
      start: start.toISOString(),
      end: end.toISOString(),
      ...(body.replaces
        ? { replaces: parseRefField(body.replaces, 'replaces', 'user') }
        : {}),
      ...(body.reason?.trim() ? { reason: body.reason.trim() } : {}),
      createdBy: credentials.principal.userEntityRef,
      createdAt: now.toISOString(),
    };
    const { store, access, directory } = this.options;
    return access.audited(
      {
        eventId: 'override-create',
        request,
        credentials,
        meta: {
          rotationId,
          user: override.user,
          start: override.start,
          end: override.end,
        },
      },
      async () => {
        await access.authorizeTeam(
          oncallOverrideCreatePermission,
          rotation.owner,
          credentials,
        );
        const members = await directory.membersOfTree(rotation.owner);
        if (!members.has(override.user)) {
          throw new InputError(
            `user: ${override.user} is not a member of ${rotation.owner} or of its sub-groups`,
          );
        }
        // The store counts the open overrides against the cap in the insert's transaction.
        return store.createOverride({ ...override, source: 'manual' });
      },
    );
  }

  /**
   * Withdraws an override: one still to come is removed, one already running ends now, and one
   * that is over stays, since it is a record of who was on duty (InputError).
   */
  async remove(
    rotationId: string,
    overrideId: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<void> {
    const rotation = await this.options.rotations.get(rotationId, credentials);
    const { store, access } = this.options;
    await access.audited(
      {
        eventId: 'override-delete',
        request,
        credentials,
        meta: { rotationId, overrideId },
      },
      async () => {
        await access.authorizeTeam(
          oncallOverrideCreatePermission,
          rotation.owner,
          credentials,
        );
        const override = await store.getOverride(rotationId, overrideId);
        if (!override) {
          throw new NotFoundError(
            `no override ${overrideId} on rotation ${rotationId}`,
          );
        }
        const now = this.now();
        if (new Date(override.end) <= now) {
          throw new InputError(
            `override ${overrideId} ended at ${override.end}: the past keeps who was on duty`,
          );
        }
        if (new Date(override.start) < now) {
          await store.endOverride(rotationId, overrideId, now);
        } else {
          await store.deleteOverride(rotationId, overrideId);
        }
      },
    );
  }
}
