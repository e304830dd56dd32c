import {
  AuditorService,
  AuditorServiceEventSeverityLevel,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import type { Request } from 'express';

/**
 * The caller of a write: always a signed-in user (the routes and actions refuse the rest).
 *
 * @public
 */
export type UserCredentials = BackstageCredentials<{
  type: 'user';
  userEntityRef: string;
}>;

/**
 * Checks writes against the permission framework and records them with the auditor; every
 * write of the Agile Ops backends goes through one.
 *
 * @public
 */
export class Access {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly auditor: AuditorService,
  ) {}

  /** Throws NotAllowedError with `refusal` unless the policy allows the request. */
  async authorize(
    request: AuthorizePermissionRequest,
    credentials: BackstageCredentials,
    refusal: string,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([request], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(refusal);
    }
  }

  /**
   * Runs `write` inside an auditor event that records its outcome, with `outcome` of the result
   * as the success meta. The event names the user (and the service acting for them) in
   * `meta.actor`, because writes through the actions registry reach the plugin without an HTTP
   * request the auditor could read them from.
   */
  async audited<T>(
    event: {
      eventId: string;
      /** `medium` unless given. */
      severityLevel?: AuditorServiceEventSeverityLevel;
      request?: Request;
      credentials?: BackstageCredentials;
      meta?: JsonObject;
    },
    write: () => Promise<T>,
    outcome?: (result: T) => JsonObject,
  ): Promise<T> {
    const auditorEvent = await this.auditor.createEvent({
      eventId: event.eventId,
      severityLevel: event.severityLevel ?? 'medium',
      request: event.request,
      meta: { ...event.meta, ...actorOf(event.credentials) },
    });
    try {
      const result = await write();
      await (outcome
        ? auditorEvent.success({ meta: outcome(result) })
        : auditorEvent.success());
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
    | { type?: string; userEntityRef?: string; actor?: { subject: string } }
    | undefined;
  if (principal?.type !== 'user' || !principal.userEntityRef) return {};
  return {
    actor: principal.userEntityRef,
    ...(principal.actor ? { onBehalfOf: principal.actor.subject } : {}),
  };
}
