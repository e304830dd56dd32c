import { mockServices } from '@backstage/backend-test-utils';
import { createFollowUpSync } from './followUpSync';

describe('createFollowUpSync', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup() {
    const triggerTask = jest.fn().mockResolvedValue(undefined);
    const followUp = createFollowUpSync({
      scheduler: { triggerTask } as any,
      taskId: 'maturity-hierarchy-sync',
      logger: mockServices.logger.mock(),
      delayMs: 1000,
    });
    return { triggerTask, followUp };
  }

  it('triggers the task once after the delay, however often it was asked', () => {
    const { triggerTask, followUp } = setup();
    followUp.schedule();
    followUp.schedule();
    jest.advanceTimersByTime(999);
    expect(triggerTask).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(triggerTask).toHaveBeenCalledTimes(1);
    expect(triggerTask).toHaveBeenCalledWith('maturity-hierarchy-sync');
  });

  it('can be asked again after it fired', () => {
    const { triggerTask, followUp } = setup();
    followUp.schedule();
    jest.advanceTimersByTime(1000);
    followUp.schedule();
    jest.advanceTimersByTime(1000);
    expect(triggerTask).toHaveBeenCalledTimes(2);
  });

  it('does nothing once cancelled', () => {
    const { triggerTask, followUp } = setup();
    followUp.schedule();
    followUp.cancel();
    jest.advanceTimersByTime(5000);
    expect(triggerTask).not.toHaveBeenCalled();
  });

  it('survives a trigger the scheduler refuses', async () => {
    const { triggerTask, followUp } = setup();
    triggerTask.mockRejectedValueOnce(new Error('task is already running'));
    followUp.schedule();
    jest.advanceTimersByTime(1000);
    await Promise.resolve();
    followUp.schedule();
    jest.advanceTimersByTime(1000);
    expect(triggerTask).toHaveBeenCalledTimes(2);
  });
});
