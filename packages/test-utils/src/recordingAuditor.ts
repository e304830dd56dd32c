import { AuditorService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';

/** One audit event a plugin opened: what it was created with, and how it was closed. */
export interface RecordedAuditEvent {
  /** The options of `createEvent`: event id, severity, request, meta. */
  options: Parameters<AuditorService['createEvent']>[0];
  /** Called when the audited operation succeeded. */
  success: jest.Mock;
  /** Called when it failed. */
  fail: jest.Mock;
}

/**
 * An auditor that keeps every event it creates in `events`, in order, so a test can check
 * which writes were audited and how each ended. Tests usually note `events.length` before the
 * requests they make and look at the events after it.
 */
export function recordingAuditor() {
  const events: RecordedAuditEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async options => {
      const event = {
        options,
        success: jest.fn(async () => {}),
        fail: jest.fn(async () => {}),
      };
      events.push(event);
      return event;
    },
  });
  return { events, factory: auditor.factory };
}
