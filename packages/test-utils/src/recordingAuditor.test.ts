import {
  coreServices,
  createBackendPlugin,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { manualScheduler } from './manualScheduler';
import { recordingAuditor } from './recordingAuditor';

describe('recordingAuditor and manualScheduler', () => {
  it('record the audit events of a task that runs only when triggered', async () => {
    const auditor = recordingAuditor();
    const manual = manualScheduler();
    let scheduler: SchedulerService | undefined;
    let runs = 0;
    // A plugin that audits each run of its scheduled task.
    const plugin = createBackendPlugin({
      pluginId: 'probe',
      register(env) {
        env.registerInit({
          deps: {
            auditor: coreServices.auditor,
            scheduler: coreServices.scheduler,
          },
          async init(deps) {
            scheduler = deps.scheduler;
            await deps.scheduler.scheduleTask({
              id: 'probe-task',
              frequency: { hours: 1 },
              timeout: { minutes: 1 },
              fn: async () => {
                const event = await deps.auditor.createEvent({
                  eventId: 'probe-run',
                  meta: { run: ++runs },
                });
                await event.success();
              },
            });
          },
        });
      },
    });
    await startTestBackend({
      features: [plugin, auditor.factory, manual.factory],
    });
    expect(runs).toBe(0);

    await scheduler!.triggerTask('probe-task');
    await manual.run('probe-task');

    // Only the plugin's own trigger is listed; a run as by the schedule is not.
    expect(manual.triggered).toEqual(['probe-task']);
    expect(auditor.events.map(e => e.options)).toEqual([
      { eventId: 'probe-run', meta: { run: 1 } },
      { eventId: 'probe-run', meta: { run: 2 } },
    ]);
    expect(auditor.events[1].success).toHaveBeenCalledTimes(1);
    expect(auditor.events[1].fail).not.toHaveBeenCalled();
    await expect(scheduler!.triggerTask('unknown')).rejects.toThrow(
      'no task unknown was scheduled',
    );
  });
});
