import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ActionContext,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject, JsonValue } from '@backstage/types';

/**
 * Checkpoint storage that behaves like the scaffolder's task state: a key that succeeded once
 * returns its stored JSON value without running `fn` again; a failure stores nothing.
 * `createMockActionContext` runs `fn` every time, which would hide a missing checkpoint.
 */
export function createCheckpointStore() {
  const values = new Map<string, JsonValue>();
  return {
    values,
    async checkpoint<T extends JsonValue | void>(opts: {
      key: string;
      fn: () => Promise<T> | T;
    }): Promise<T> {
      if (values.has(opts.key)) {
        return values.get(opts.key) as T;
      }
      const value = await opts.fn();
      values.set(opts.key, JSON.parse(JSON.stringify(value ?? {})));
      return value;
    },
  };
}

/** Options of {@link createTestContext}. */
export interface TestContextOptions {
  isDryRun?: boolean;
  credentials?: BackstageCredentials;
  checkpoints?: ReturnType<typeof createCheckpointStore>;
  templateRef?: string;
  taskId?: string;
}

/** A mock action context for `input` with the initiator, dry-run flag and checkpoints given. */
export function createTestContext(
  input: JsonObject,
  options: TestContextOptions = {},
): ActionContext<any, any> {
  const checkpoints = options.checkpoints ?? createCheckpointStore();
  const credentials =
    options.credentials ?? mockCredentials.user('user:default/jo');
  return {
    ...createMockActionContext({
      input,
      task: { id: options.taskId ?? 'task-1' },
      templateInfo: options.templateRef
        ? { entityRef: options.templateRef }
        : undefined,
    }),
    step: { id: 'step-1', name: 'a step' },
    isDryRun: options.isDryRun ?? false,
    getInitiatorCredentials: async () => credentials,
    checkpoint: checkpoints.checkpoint,
  };
}

/** Runs `action` with a test context and returns what it put out. */
export async function runAction(
  action: TemplateAction<any, any, any>,
  input: JsonObject,
  options: TestContextOptions = {},
): Promise<Record<string, unknown>> {
  const ctx = createTestContext(input, options);
  await action.handler(ctx);
  return Object.fromEntries(
    (ctx.output as jest.Mock).mock.calls.map(([name, value]) => [name, value]),
  );
}

/** The Authorization header a mock auth service sends on behalf of `user` to `targetPluginId`. */
export function oboHeader(targetPluginId: string, user = 'user:default/jo') {
  return mockCredentials.service.header({
    onBehalfOf: mockCredentials.user(user),
    targetPluginId,
  });
}
