import { createHash } from 'node:crypto';
import { AuthService } from '@backstage/backend-plugin-api';
import { ActionContext } from '@backstage/plugin-scaffolder-node';

type AnyContext = ActionContext<any, any>;

/**
 * A checkpoint key that stays the same when the task is retried and differs per `each` item;
 * the scaffolder already scopes checkpoint keys to the step.
 */
export function checkpointKey(
  ctx: AnyContext,
  actionId: string,
  stable: string,
): string {
  const item = ctx.each?.key;
  return `${actionId}-${stable}${
    item === undefined ? '' : `[${String(item)}]`
  }`;
}

/**
 * An idempotency key for another plugin, `scaffolder-{taskId}-{stepKey}`, hashed down when it
 * would exceed `max` characters.
 */
export function idempotencyKey(ctx: AnyContext, max = 200): string {
  const item = ctx.each?.key;
  const stepKey = `${ctx.step?.id ?? 'step'}${
    item === undefined ? '' : `[${String(item)}]`
  }`;
  const key = `scaffolder-${ctx.task.id}-${stepKey}`;
  if (key.length <= max) {
    return key;
  }
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 40);
  return `scaffolder-${digest}`;
}

/** The user entity ref of whoever started the task, if a signed-in user did. */
export async function initiatorRef(
  ctx: AnyContext,
  auth: AuthService,
): Promise<string | undefined> {
  const credentials = await ctx.getInitiatorCredentials();
  if (auth.isPrincipal(credentials, 'user')) {
    return credentials.principal.userEntityRef;
  }
  return ctx.user?.ref;
}
