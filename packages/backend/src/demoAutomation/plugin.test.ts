import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { demoAutomationPlugin } from './plugin';

describe('demo restart automation', () => {
  it('accepts restart requests without a token and lists the latest first', async () => {
    const { server } = await startTestBackend({
      features: [demoAutomationPlugin],
    });
    for (const reason of ['memory leak', 'stuck consumer']) {
      const res = await request(server)
        .post('/api/demo-automation/restarts')
        .send({
          entityRef: 'component:default/ledger-service',
          requestedBy: 'user:default/alex.morgan',
          reason,
        });
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({
        entityRef: 'component:default/ledger-service',
        requestedBy: 'user:default/alex.morgan',
        reason,
      });
    }
    const list = await request(server).get('/api/demo-automation/restarts');
    expect(list.body.restarts.map((r: { reason: string }) => r.reason)).toEqual(
      ['stuck consumer', 'memory leak'],
    );
  });

  it('refuses a request without an entity ref', async () => {
    const { server } = await startTestBackend({
      features: [demoAutomationPlugin],
    });
    const res = await request(server)
      .post('/api/demo-automation/restarts')
      .send({ reason: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('entityRef');
  });
});
