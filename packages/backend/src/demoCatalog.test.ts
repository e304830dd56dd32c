import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  DEMO_CATALOG_LOCATION,
  demoCatalogConfig,
} from '@agile-ops/test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import { parseAllDocuments } from 'yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import request from 'supertest';

const databases = createTestDatabases();

type DemoEntity = { kind: string; metadata: { name: string } };

/** Every entity the demo files declare, following the Location's targets. */
function readDemoEntities(file: string): DemoEntity[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8')).map(
    d => d.toJSON() as DemoEntity & { spec?: { targets?: string[] } },
  );
  return docs.flatMap(doc =>
    doc.kind === 'Location'
      ? [
          doc,
          ...(doc.spec?.targets ?? []).flatMap(t =>
            readDemoEntities(resolve(dirname(file), t)),
          ),
        ]
      : [doc],
  );
}

/** Entity counts keyed by lower-case kind, keys sorted so two results compare as JSON. */
function countByKind(entities: Array<{ kind: string }>) {
  const counts: Record<string, number> = {};
  for (const { kind } of entities) {
    const key = kind.toLocaleLowerCase('en-US');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort());
}

/** Polls the catalog until it holds the expected entities (it ingests asynchronously). */
async function waitForCatalog(
  server: Parameters<typeof request>[0],
  expected: Record<string, number>,
) {
  let actual: Record<string, number> = {};
  for (let attempt = 0; attempt < 120; attempt++) {
    const res = await request(server).get('/api/catalog/entities');
    expect(res.status).toBe(200);
    const { location: _locations, ...counts } = countByKind(res.body);
    actual = counts;
    if (JSON.stringify(actual) === JSON.stringify(expected)) break;
    await new Promise(r => setTimeout(r, 500));
  }
  return actual;
}

describe('demo catalog', () => {
  const declared = readDemoEntities(DEMO_CATALOG_LOCATION);

  it.each(databases.eachSupportedId())(
    'loads every demo entity into the catalog on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          catalogPlugin,
          // Templates are a kind the catalog learns from this module, as in the portal.
          scaffolderEntityModel,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: demoCatalogConfig(),
            },
          }),
        ],
      });

      // Locations are counted apart: the catalog adds one for the configured target.
      const { location: _locations, ...expected } = countByKind(declared);
      const actual = await waitForCatalog(server, expected);
      expect(actual).toEqual(expected);

      const domains = await request(server).get(
        '/api/catalog/entities/by-query?filter=kind=domain',
      );
      expect(domains.body.items.length).toBeGreaterThanOrEqual(3);

      // The guest user of the portal belongs to exactly one delivery team.
      const guest = await request(server).get(
        '/api/catalog/entities/by-name/user/default/alex.morgan',
      );
      expect(guest.status).toBe(200);
      expect(guest.body.spec.memberOf).toHaveLength(1);
    },
    90_000,
  );

  it.each(databases.eachSupportedId())(
    "loads the suite's own catalog-info.yaml: one system, a component per package, on %s",
    async databaseId => {
      const knex = await databases.init(databaseId);
      const file = resolve(
        dirname(DEMO_CATALOG_LOCATION),
        '../catalog-info.yaml',
      );
      const { server } = await startTestBackend({
        features: [
          catalogPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                ...demoCatalogConfig(),
                locations: [{ type: 'file', target: file }],
              },
            },
          }),
        ],
      });
      // A component per package under plugins/: a new package needs its entry.
      const packages = readdirSync(resolve(dirname(file), 'plugins')).filter(
        dir =>
          existsSync(resolve(dirname(file), 'plugins', dir, 'package.json')),
      );
      const expected = countByKind(readDemoEntities(file));
      expect(expected).toEqual({ component: packages.length, system: 1 });
      expect(await waitForCatalog(server, expected)).toEqual(expected);

      const suite = await request(server).get(
        '/api/catalog/entities/by-query?filter=kind=component,spec.system=agile-ops',
      );
      expect(suite.body.items).toHaveLength(packages.length);
      for (const component of suite.body.items) {
        expect(component.spec.owner).toBe('group:default/team-platform-infra');
      }
    },
    90_000,
  );
});
