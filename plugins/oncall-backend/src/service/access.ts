import {
  AuditorService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

/** The caller of a write: always a signed-in user (the router refuses everything else). */
export type UserCredentials = BackstageCredentials<{
  type: 'user';
  userEntityRef: string;
}>;

/** Checks a write against the permission framework and records it with the auditor. */
export class Access {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly auditor: AuditorService,
  ) {}

  /** Throws NotAllowedError unless the caller holds `permission` on the team's group entity. */
  async authorize(
    permission: ResourcePermission<'catalog-entity'>,
    team: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize(
      [{ permission, resourceRef: team }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${permission.name} is not permitted for ${team}; ask a member of that group`,
      );
    }
  }

  /**
   * Runs `write` inside an auditor event that records its outcome. The event names the user
   * (and the service acting for them) in `meta.actor` too, because writes through the actions
   * registry reach the plugin without an HTTP request the auditor could read them from.
   */
  async audited<T>(
    event: {
      eventId: string;
      request?: Request;
      credentials?: BackstageCredentials;
      meta: JsonObject;
    },
    write: () => Promise<T>,
  ): Promise<T> {
    const auditorEvent = await this.auditor.createEvent({
      eventId: event.eventId,
      request: event.request,
      severityLevel: 'medium',
      meta: { ...event.meta, ...actorOf(event.credentials) },
    });
    try {
      const result = await write();
      await auditorEvent.success();
      return result;
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  }
}

/** The user of a write, and the service acting for them, for an audit event's meta. */
function actorOf(credentials?: BackstageCredentials): JsonObject {
  const principal = credentials?.principal as
    | { type: string; userEntityRef?: string; actor?: { subject: string } }
    | undefined;
  if (principal?.type !== 'user' || !principal.userEntityRef) return {};
  return {
    actor: principal.userEntityRef,
    ...(principal.actor ? { onBehalfOf: principal.actor.subject } : {}),
  };
}
