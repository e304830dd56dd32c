import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { Access } from './Access';

const permission = createPermission({
  name: 'agile-ops.test.write',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});
const request = { permission, resourceRef: 'component:default/payments' };

/** An auditor whose events are recorded with what each ended in. */
function recordingAuditor() {
  const events: Array<{ created: unknown; ended: unknown[] }> = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async options => {
      const event = { created: options, ended: [] as unknown[] };
      events.push(event);
      return {
        success: async (...args: unknown[]) => {
          event.ended.push({ success: args[0] ?? {} });
        },
        fail: async (...args: unknown[]) => {
          event.ended.push({ fail: args[0] });
        },
      };
    },
  });
  return { auditor, events };
}

describe('Access', () => {
  it('lets an allowed request through and refuses a denied one with the message given', async () => {
    const { auditor } = recordingAuditor();
    const allow = new Access(
      mockServices.permissions.mock({
        authorize: async () => [{ result: AuthorizeResult.ALLOW }],
      }),
      auditor,
    );
    await expect(
      allow.authorize(request, mockCredentials.user(), 'no'),
    ).resolves.toBeUndefined();

    const deny = new Access(
      mockServices.permissions.mock({
        authorize: async () => [{ result: AuthorizeResult.DENY }],
      }),
      auditor,
    );
    const refusal = deny.authorize(
      request,
      mockCredentials.user(),
      'only the owners may',
    );
    await expect(refusal).rejects.toThrow(NotAllowedError);
    await expect(refusal).rejects.toThrow('only the owners may');
  });

  it('audits a write with the user as actor and the service acting for them', async () => {
    const { auditor, events } = recordingAuditor();
    const access = new Access(mockServices.permissions(), auditor);
    const credentials = mockCredentials.user('user:default/jo');
    Object.assign(credentials.principal, {
      actor: { subject: 'plugin:scaffolder' },
    });
    const result = await access.audited(
      { eventId: 'thing-create', credentials, meta: { thing: 'a' } },
      async () => ({ id: '42' }),
      stored => ({ thingId: stored.id }),
    );
    expect(result).toEqual({ id: '42' });
    expect(events).toEqual([
      {
        created: {
          eventId: 'thing-create',
          severityLevel: 'medium',
          request: undefined,
          meta: {
            thing: 'a',
            actor: 'user:default/jo',
            onBehalfOf: 'plugin:scaffolder',
          },
        },
        ended: [{ success: { meta: { thingId: '42' } } }],
      },
    ]);
  });

  it('records a failed write as failed and throws its error on', async () => {
    const { auditor, events } = recordingAuditor();
    const access = new Access(mockServices.permissions(), auditor);
    const error = new Error('disk full');
    await expect(
      access.audited(
        {
          eventId: 'thing-create',
          severityLevel: 'high',
          credentials: mockCredentials.service(),
        },
        async () => {
          throw error;
        },
      ),
    ).rejects.toBe(error);
    expect(events).toEqual([
      {
        created: expect.objectContaining({ severityLevel: 'high', meta: {} }),
        ended: [{ fail: { error } }],
      },
    ]);
  });
});
