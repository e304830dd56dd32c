import maturityPlugin from '@agile-ops/plugin-maturity-backend';
import oncallPlugin from '@agile-ops/plugin-oncall-backend';
import agileOpsActions from '@agile-ops/plugin-scaffolder-backend-module-agile-ops';
import {
  DEMO_CATALOG_LOCATION,
  demoCatalogConfig,
  TEST_DATABASE_IDS,
  waitUntil,
} from '@agile-ops/test-utils';
import {
  BackendFeature,
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseDemoOncall } from '../demoOncall/demoOncall';
import { demoOncallPlugin } from '../demoOncall/plugin';
import { CONFIDENTIAL, CONFIDENTIALITY_LABEL } from '../permissions/policy';
import { portalPolicyFeatures } from './policyBackend';

/** Demo users with a part to play in the security tests, and why each was picked. */
export const DEMO_USERS = {
  /** team-payments: owns payments' entities; team-fraud-signals is its sub-team. */
  owner: 'user:default/alex.morgan',
  /** team-checkout only. */
  otherTeam: 'user:default/mei.tanaka',
  /** architects (and the organisation group). */
  architect: 'user:default/martin.quist',
  /** team-fraud-signals: owns the confidential entities. */
  fraudOwner: 'user:default/nadia.okafor',
} as const;

const EXAMPLES = dirname(DEMO_CATALOG_LOCATION);

type DemoEntity = {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    title?: string;
    labels?: Record<string, string>;
  };
  spec?: { memberOf?: string[] };
};

function demoEntities(file: string): DemoEntity[] {
  return parseAllDocuments(readFileSync(resolve(EXAMPLES, file), 'utf8'))
    .map(doc => doc.toJSON() as DemoEntity | null)
    .filter((entity): entity is DemoEntity => Boolean(entity?.kind));
}

/**
 * Ownership claims of every demo user as the default sign-in resolver makes them: the user
 * and the groups it is a direct member of (sub-teams do not inherit their parent's claims).
 */
export function demoOwnership(): Record<string, string[]> {
  return Object.fromEntries(
    demoEntities('org.yaml')
      .filter(entity => entity.kind === 'User')
      .map(user => {
        const ref = `user:default/${user.metadata.name}`;
        return [ref, [ref, ...(user.spec?.memberOf ?? [])]];
      }),
  );
}

/** A demo entity that only its owners and the architects may read. */
export type ConfidentialEntity = { ref: string; name: string; title: string };

/** The entities the demo catalog marks confidential, read from the catalog files. */
export function confidentialEntities(): ConfidentialEntity[] {
  return ['booking', 'discovery', 'payments', 'platform']
    .flatMap(file => demoEntities(`catalog/${file}.yaml`))
    .filter(
      entity =>
        entity.metadata.labels?.[CONFIDENTIALITY_LABEL] === CONFIDENTIAL,
    )
    .map(({ kind, metadata }) => ({
      ref: `${kind.toLocaleLowerCase('en-US')}:${
        metadata.namespace ?? 'default'
      }/${metadata.name}`,
      name: metadata.name,
      title: metadata.title ?? metadata.name,
    }));
}

/**
 * The plugins of the portal as the demo runs them, under the portal policy with `ownership`:
 * the catalog, the scaffolder with our actions, maturity, on-call and the demo's on-call data.
 * Needs {@link demoPortalConfig}; the on-call data arrives shortly after start, see
 * {@link waitForOncallDemo}.
 */
export function demoPortalFeatures(
  ownership: Record<string, string[]>,
): BackendFeature[] {
  return [
    catalogPlugin,
    scaffolderEntityModel,
    scaffolderPlugin,
    agileOpsActions,
    maturityPlugin,
    oncallPlugin,
    demoOncallPlugin,
    ...portalPolicyFeatures(ownership),
  ];
}

const DEMO_ONCALL_FILE = resolve(EXAMPLES, 'oncall/demo.yaml');

/**
 * The config of {@link demoPortalFeatures}: the catalog on the demo organisation, on-call
 * without reminders, the demo's on-call data, the demo automation allowed (signed when given
 * a secret).
 */
export function demoPortalConfig(automation: { signingSecret?: string } = {}) {
  return {
    permission: { enabled: true },
    catalog: demoCatalogConfig(),
    oncall: { reminders: { enabled: false } },
    // The file the demo-oncall plugin imports (its DEMO_ONCALL_KEY).
    agileOpsDemo: { oncallData: DEMO_ONCALL_FILE },
    agileOps: {
      automation: {
        allowedUrls: ['http://localhost:7007/api/demo-automation/'],
        ...automation,
      },
    },
  };
}

/** The databases a demo portal can run on: those every store test runs on. */
export type PortalDatabaseId = (typeof TEST_DATABASE_IDS)[number];

// A module of the plugin receives the same database client as the plugin itself, which lets a
// test look at the rows behind the HTTP API without a route for it.
function createDatabaseProbe(
  pluginId: string,
  found: (client: Promise<PluginDatabase>) => void,
) {
  return createBackendModule({
    pluginId,
    moduleId: 'security-test-database-probe',
    register(reg) {
      reg.registerInit({
        deps: { database: coreServices.database },
        async init({ database }) {
          found(database.getClient());
        },
      });
    },
  });
}

/** The database client a plugin gets from the database service (knex). */
export type PluginDatabase = Awaited<
  ReturnType<
    import('@backstage/backend-plugin-api').DatabaseService['getClient']
  >
>;

/** A running demo portal backend and what the tests need to reach into it. */
export type DemoPortal = {
  /** `http://127.0.0.1:<port>` of the backend. */
  baseUrl: string;
  /** The database clients of the maturity and on-call plugins. */
  databases: { maturity: PluginDatabase; oncall: PluginDatabase };
  stop(): Promise<void>;
};

function databaseConfig(id: PortalDatabaseId, prefix: string) {
  if (id === 'SQLITE_3') {
    return { client: 'better-sqlite3', connection: ':memory:' };
  }
  const connection =
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  if (!connection) {
    throw new Error(
      'set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (e.g. postgresql://postgres@127.0.0.1:5432) or run ./portal test',
    );
  }
  return { client: 'pg', connection, prefix };
}

type PgClient = {
  connect(): Promise<void>;
  query<T>(sql: string, values?: unknown[]): Promise<{ rows: T[] }>;
  end(): Promise<void>;
};

async function dropDatabases(prefix: string) {
  // pg (a dependency of the backend) ships no types; these three calls are all this needs.
  const { Client } = require('pg') as {
    Client: new (options: { connectionString?: string }) => PgClient;
  };
  const client = new Client({
    connectionString:
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/** Waits for what the demo portal does in the background as it starts. */
const poll = (what: string, ready: () => Promise<boolean>) =>
  waitUntil(what, ready, { attempts: 480 });

/**
 * Waits until the demo's on-call data is in: the demo-oncall plugin imports it once the
 * catalog has the demo teams, shortly after start, in one transaction, so once every demo
 * rotation answers, the demo interrupts are there too.
 */
export async function waitForOncallDemo(baseUrl: string): Promise<void> {
  const { rotations } = parseDemoOncall(readFileSync(DEMO_ONCALL_FILE, 'utf8'));
  // The architect may read every team's rotations, the confidential ones' included.
  const headers = {
    Authorization: mockCredentials.user.header(DEMO_USERS.architect),
  };
  await poll('the on-call demo data is imported', async () => {
    const statuses = await Promise.all(
      rotations.map(
        async ({ id }) =>
          (
            await fetch(`${baseUrl}/api/oncall/rotations/${id}`, { headers })
          ).status,
      ),
    );
    return statuses.every(status => status === 200);
  });
}

/**
 * Starts one backend like the portal's: the catalog on the demo organisation, the permission
 * backend with the portal policy, maturity, on-call with the demo's data, the scaffolder
 * with our actions; users get the demo ownership claims. Resolves once the catalog, the
 * on-call demo data and the maturity hierarchy are in, with a few scores of confidential
 * entities recorded by their owner.
 */
export async function startDemoPortal(
  databaseId: PortalDatabaseId = 'SQLITE_3',
): Promise<DemoPortal> {
  const prefix = `sec_${randomBytes(4).toString('hex')}_`;
  let maturityDb: Promise<PluginDatabase> | undefined;
  let oncallDb: Promise<PluginDatabase> | undefined;
  const backend = await startTestBackend({
    features: [
      ...demoPortalFeatures(demoOwnership()),
      createDatabaseProbe('maturity', db => (maturityDb = db)),
      createDatabaseProbe('oncall', db => (oncallDb = db)),
      mockServices.rootConfig.factory({
        data: {
          ...demoPortalConfig(),
          backend: { database: databaseConfig(databaseId, prefix) },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const as = (user: string) => ({
    Authorization: mockCredentials.user.header(user),
    'Content-Type': 'application/json',
  });
  const status = async (path: string, user: string) =>
    (await fetch(`${baseUrl}${path}`, { headers: as(user) })).status;

  await poll('the catalog ingests the demo organisation', async () => {
    const [own, hidden] = await Promise.all([
      status(
        '/api/catalog/entities/by-name/component/default/ledger-service',
        DEMO_USERS.owner,
      ),
      status(
        '/api/catalog/entities/by-name/component/default/fraud-scoring-service',
        DEMO_USERS.fraudOwner,
      ),
    ]);
    return own === 200 && hidden === 200;
  });
  await waitForOncallDemo(baseUrl);

  // Scores of confidential entities, so that every maturity answer has something to leak.
  for (const [user, name, score] of [
    [DEMO_USERS.fraudOwner, 'component/default/fraud-scoring-service', 4],
    [DEMO_USERS.fraudOwner, 'resource/default/fraud-features-cache', 2],
    [DEMO_USERS.owner, 'component/default/ledger-service', 3],
  ] as const) {
    const res = await fetch(
      `${baseUrl}/api/maturity/entities/${name}/assessments`,
      {
        method: 'POST',
        headers: as(user),
        body: JSON.stringify({
          scores: [
            { vector: 'documentation', score, rationale: 'security test' },
            { vector: 'automation', score },
          ],
        }),
      },
    );
    if (res.status !== 201) {
      throw new Error(
        `seeding a score of ${name} as ${user}: ${
          res.status
        } ${await res.text()}`,
      );
    }
  }
  await fetch(`${baseUrl}/api/maturity/hierarchy/refresh`, {
    method: 'POST',
    headers: as(DEMO_USERS.architect),
  });
  await poll(
    'the maturity hierarchy holds the confidential system',
    async () => {
      const res = await fetch(`${baseUrl}/api/maturity/rollups?scope=system`, {
        headers: as(DEMO_USERS.architect),
      });
      return res.ok && (await res.text()).includes('fraud-detection');
    },
  );

  return {
    baseUrl,
    databases: { maturity: await maturityDb!, oncall: await oncallDb! },
    async stop() {
      await backend.stop();
      if (databaseId === 'POSTGRES_15') await dropDatabases(prefix);
    },
  };
}
