import { DEMO_CATALOG_LOCATION, waitUntil } from '@agile-ops/test-utils';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import {
  demoPortalConfig,
  demoPortalFeatures,
  waitForOncallDemo,
} from './__testUtils__/demoPortal';

jest.setTimeout(180_000);

const ALEX = 'user:default/alex.morgan';
const TEMPLATES = resolve(dirname(DEMO_CATALOG_LOCATION), 'templates');

function template(name: string) {
  return parse(readFileSync(resolve(TEMPLATES, `${name}.yaml`), 'utf8'));
}

// Each shipped template through the scaffolder's dry-run API of a backend with the catalog on
// the demo organisation, the scaffolder with our actions, and the maturity and on-call plugins:
// the steps must resolve and validate, and a dry run must change nothing.
describe('the self-service templates in a dry run', () => {
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    // Every plugin gets its own in-memory SQLite database from the test backend.
    const backend = await startTestBackend({
      features: [
        ...demoPortalFeatures({
          [ALEX]: [ALEX, 'group:default/team-payments'],
        }),
        mockServices.rootConfig.factory({
          data: demoPortalConfig({
            signingSecret: 'self-service-templates-test-signing-secret',
          }),
        }),
      ],
    });
    server = backend.server;
    await waitUntil(
      'the catalog ingested the demo organisation',
      async () =>
        (
          await request(server)
            .get(
              '/api/catalog/entities/by-name/component/default/ledger-service',
            )
            .set('Authorization', mockCredentials.user.header(ALEX))
        ).status === 200,
    );
    // Each dry run compares the ledger before and after: the demo's interrupts must be in.
    const { port } = backend.server.address() as AddressInfo;
    await waitForOncallDemo(`http://127.0.0.1:${port}`);
  });

  async function dryRun(name: string, values: Record<string, unknown>) {
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header(ALEX))
      .send({
        template: template(name),
        values,
        secrets: {},
        directoryContents: [],
      });
    return res;
  }

  async function ledger() {
    const res = await request(server)
      .get('/api/oncall/interrupts')
      .query({ team: 'group:default/team-payments' })
      .set('Authorization', mockCredentials.user.header(ALEX));
    return res.body.interrupts as unknown[];
  }

  it.each([
    [
      'log-interrupt',
      {
        entityRef: 'component:default/ledger-service',
        title: 'Export stuck',
        category: 'incident',
        effortMinutes: 30,
      },
    ],
    [
      'assess-maturity',
      {
        entityRef: 'component:default/ledger-service',
        scores: [{ vector: 'automation', score: 3, rationale: 'runbooks' }],
      },
    ],
    [
      'swap-potw-week',
      {
        entityRef: 'component:default/ledger-service',
        user: 'user:default/tomas.lindqvist',
        start: '2026-12-07T08:00:00.000Z',
        end: '2026-12-14T08:00:00.000Z',
      },
    ],
    [
      'request-restart',
      { entityRef: 'component:default/ledger-service', reason: 'memory leak' },
    ],
    [
      'onboard-component',
      { entityRef: 'component:default/refund-worker', tier: 'tier-1' },
    ],
  ])('%s runs every step without changing anything', async (name, values) => {
    const before = await ledger();
    const res = await dryRun(name, values);
    expect({ status: res.status, error: res.body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    const steps = res.body.steps as Array<{ id: string; status?: string }>;
    const failed = (
      res.body.log as Array<{ body: { message: string; status?: string } }>
    )
      .filter(entry => entry.body.status === 'failed')
      .map(entry => entry.body.message);
    expect(failed).toEqual([]);
    expect(steps.map(step => step.id)).toContain('record');
    expect(await ledger()).toEqual(before);
  });

  it('previews the catalog-info.yaml of an onboarding', async () => {
    const res = await dryRun('onboard-component', {
      entityRef: 'component:default/refund-worker',
      tier: 'tier-1',
      oncallTeam: 'group:default/team-data',
    });
    expect(res.status).toBe(200);
    const file = (
      res.body.directoryContents as Array<{
        path: string;
        base64Content: string;
      }>
    ).find(f => f.path === 'catalog-info.yaml');
    const entity = parse(Buffer.from(file!.base64Content, 'base64').toString());
    expect(entity.metadata).toMatchObject({
      name: 'refund-worker',
      annotations: {
        'agile-ops/tier': 'tier-1',
        'agile-ops/oncall-team': 'group:default/team-data',
        'agile-ops/run-owner': 'group:default/team-payments',
      },
    });
    expect(entity.spec.owner).toBe('group:default/team-payments');
  });

  it('reports a bad input in a dry run with the field named', async () => {
    const res = await dryRun('log-interrupt', {
      entityRef: 'component:default/ledger-service',
      title: 'x',
      category: 'gossip',
    });
    // The template's own schema refuses the category before any step runs.
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('category');
  });
});
