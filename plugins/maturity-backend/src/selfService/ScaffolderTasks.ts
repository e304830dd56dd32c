import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { NotAllowedError, ServiceUnavailableError } from '@backstage/errors';

/** What a recorded run claims about the scaffolder task that recorded it. */
export interface TaskClaim {
  taskId: string;
  templateRef: string;
  userEntityRef: string;
}

/** Checks a claimed task with the scaffolder before a run is recorded. */
export interface TaskVerifier {
  verify(claim: TaskClaim): Promise<void>;
}

/** How long the scaffolder may take to answer before the run is refused. */
const TASK_LOOKUP_TIMEOUT_MS = 5_000;

const CONFIG_KEY = 'maturity.selfService.verifyTasks';

/**
 * Asks the scaffolder (`GET /v2/tasks/{taskId}`, with this plugin's own service token) whether
 * the task exists, is running, was started by the user the run is recorded for, and runs the
 * template the run names. Anything else refuses the run, an unreachable scaffolder included.
 */
export class ScaffolderTasks implements TaskVerifier {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async verify(claim: TaskClaim): Promise<void> {
    const { taskId } = claim;
    let response: Response;
    try {
      const baseUrl = await this.deps.discovery.getBaseUrl('scaffolder');
      const { token } = await this.deps.auth.getPluginRequestToken({
        onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
        targetPluginId: 'scaffolder',
      });
      response = await fetch(
        `${baseUrl}/v2/tasks/${encodeURIComponent(taskId)}`,
        {
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(TASK_LOOKUP_TIMEOUT_MS),
        },
      );
    } catch (error) {
      throw unavailable(taskId, String((error as Error)?.message ?? error));
    }
    if (response.status === 404) {
      throw new NotAllowedError(
        `The scaffolder knows no task ${taskId}; runs are recorded by scaffolder tasks only`,
      );
    }
    if (!response.ok) {
      throw unavailable(taskId, `it answered ${response.status}`);
    }
    const task = (await response.json().catch(() => ({}))) as {
      status?: string;
      createdBy?: string;
      spec?: { templateInfo?: { entityRef?: string } };
    };
    if (task.status !== 'processing') {
      throw new NotAllowedError(
        `Task ${taskId} is not running (status ${task.status}); only a running task records its run`,
      );
    }
    if (lower(task.createdBy) !== lower(claim.userEntityRef)) {
      throw new NotAllowedError(
        `Task ${taskId} was not started by ${claim.userEntityRef}`,
      );
    }
    if (
      lower(task.spec?.templateInfo?.entityRef) !== lower(claim.templateRef)
    ) {
      throw new NotAllowedError(
        `Task ${taskId} does not run ${claim.templateRef}`,
      );
    }
  }
}

function lower(value: string | undefined) {
  return value?.toLocaleLowerCase('en-US');
}

function unavailable(taskId: string, why: string) {
  return new ServiceUnavailableError(
    `Could not check task ${taskId} with the scaffolder (${why}); installations without a scaffolder set ${CONFIG_KEY}: false`,
  );
}
