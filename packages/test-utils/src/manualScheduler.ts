import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';

/**
 * A scheduler whose tasks run only when a test says so, so the test decides when a scheduled
 * job runs: through the plugin's `triggerTask` (listed in `triggered`, in order) or through
 * `run`, as the schedule itself would start it. Either resolves once the task has finished.
 */
export function manualScheduler() {
  const tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();
  const triggered: string[] = [];
  const run = async (id: string) => {
    const task = tasks.get(id);
    if (!task) throw new Error(`no task ${id} was scheduled`);
    await task.fn(new AbortController().signal);
  };
  const scheduler = mockServices.scheduler.mock({
    scheduleTask: async task => {
      tasks.set(task.id, task);
    },
    triggerTask: async id => {
      triggered.push(id);
      await run(id);
    },
  });
  return { triggered, run, factory: scheduler.factory };
}
