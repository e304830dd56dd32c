import { createTestDatabases } from '@agile-ops/test-utils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockServices,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { openOncallStores } from '../database/openStores';
import { InterruptService } from '../service/InterruptService';
import { seedDemoData } from './seedDemoData';

jest.setTimeout(120_000);

const DEMO_FILE = resolvePackagePath(
  '@agile-ops/plugin-oncall-backend',
  '../../examples/oncall/demo.yaml',
);

const DAY = 86_400_000;
const NOW = new Date('2026-03-20T10:15:30.250Z');
const POTW = 'user:default/priya.raman';
const DEMO_USER = 'user:default/agile-ops-demo';

type DemoRotation = {
  id: string;
  owner: string;
  name: string;
  version: { role: string; timezone: string; participants: string[] };
};
type DemoInterrupt = {
  team: string;
  entityRef?: string;
  title: string;
  category: string;
  daysAgo: number;
  effortMinutes?: number;
  resolvedAfterDays?: number;
};

const demo: { rotations: DemoRotation[]; interrupts: DemoInterrupt[] } = parse(
  readFileSync(DEMO_FILE, 'utf8'),
);

async function count(knex: Knex, table: string) {
  const [{ n }] = await knex(table).count({ n: '*' });
  return Number(n);
}

describe('seedDemoData', () => {
  const databases = createTestDatabases();
  const mockDir = createMockDirectory();

  it('reads a demo file with rotations and interrupts', () => {
    expect(demo.rotations.length).toBeGreaterThan(0);
    expect(demo.interrupts.length).toBeGreaterThan(0);
  });

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function setup(id: TestDatabaseId) {
      const knex = await databases.init(id);
      const stores = await openOncallStores(mockServices.database({ knex }));
      const potwAt = jest.fn(async (_team: string, _at: Date) => POTW);
      const interrupts = { potwAt } as unknown as InterruptService;
      const logger = mockServices.logger.mock();
      const seed = (file = DEMO_FILE) =>
        seedDemoData({ file, db: knex, stores, interrupts, logger, now: NOW });
      return { knex, stores, potwAt, logger, seed };
    }

    it('loads the demo file once, relative to now', async () => {
      const { knex, stores, potwAt, logger, seed } = await setup(databaseId);

      expect(await seed()).toEqual({
        rotations: demo.rotations.length,
        interrupts: demo.interrupts.length,
      });

      // Every rotation with its first version.
      const rotations = await stores.rotations.listAllRotations();
      expect(rotations).toHaveLength(demo.rotations.length);
      for (const expected of demo.rotations) {
        const rotation = await stores.rotations.getRotation(expected.id);
        expect(rotation).toMatchObject({
          id: expected.id,
          owner: expected.owner,
          name: expected.name,
          role: expected.version.role,
          timezone: expected.version.timezone,
          source: 'rules',
          createdBy: DEMO_USER,
          createdAt: NOW.toISOString(),
        });
        expect(rotation?.versions).toHaveLength(1);
        expect(rotation?.versions[0]).toMatchObject({
          effectiveFrom: '2026-01-01T00:00:00.000Z',
          participants: expected.version.participants,
        });
      }
      expect(await count(knex, 'oncall_rotation_versions')).toBe(
        demo.rotations.length,
      );

      // Every interrupt, placed relative to now, triaged by the PoTW of its moment.
      const stored = await stores.ledger.listInterrupts({ limit: 1000 });
      expect(stored).toHaveLength(demo.interrupts.length);
      expect(potwAt).toHaveBeenCalledTimes(demo.interrupts.length);
      for (const expected of demo.interrupts) {
        const receivedAt = new Date(NOW.getTime() - expected.daysAgo * DAY);
        const match = stored.filter(
          i => i.title === expected.title && i.team === expected.team,
        );
        expect(match).toHaveLength(1);
        expect(match[0]).toEqual({
          id: expect.any(String),
          team: expected.team,
          ...(expected.entityRef ? { entityRef: expected.entityRef } : {}),
          title: expected.title,
          category: expected.category,
          receivedAt: receivedAt.toISOString(),
          triagedBy: POTW,
          ...(expected.effortMinutes !== undefined
            ? { effortMinutes: expected.effortMinutes }
            : {}),
          ...(expected.resolvedAfterDays !== undefined
            ? {
                resolvedAt: new Date(
                  receivedAt.getTime() + expected.resolvedAfterDays * DAY,
                ).toISOString(),
              }
            : {}),
          source: 'import',
          createdBy: DEMO_USER,
        });
        expect(potwAt).toHaveBeenCalledWith(expected.team, receivedAt);
      }
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringContaining(
          `${demo.rotations.length} rotations, ${demo.interrupts.length} interrupts`,
        ),
      );
      expect(await knex('oncall_meta').pluck('key')).toEqual([
        'demo-data-loaded',
      ]);

      // A second start loads nothing.
      expect(await seed()).toBeUndefined();
      expect(await count(knex, 'oncall_rotations')).toBe(demo.rotations.length);
      expect(await count(knex, 'oncall_interrupts')).toBe(
        demo.interrupts.length,
      );
      expect(potwAt).toHaveBeenCalledTimes(demo.interrupts.length);

      // Deleted demo rotations do not come back.
      for (const rotation of demo.rotations) {
        expect(await stores.rotations.deleteRotation(rotation.id)).toBe(true);
      }
      expect(await seed()).toBeUndefined();
      expect(await count(knex, 'oncall_rotations')).toBe(0);
      expect(await count(knex, 'oncall_rotation_versions')).toBe(0);
    });

    it('loads nothing into a database that already has rotations', async () => {
      const { knex, stores, seed } = await setup(databaseId);
      await stores.rotations.createRotation({
        id: 'own',
        owner: 'group:default/team-a',
        name: 'Own rotation',
        source: 'rules',
        version: {
          effectiveFrom: '2026-01-01T00:00:00.000Z',
          timezone: 'UTC',
          role: 'potw',
          participants: ['user:default/alice'],
          handoff: { weekday: 1, time: '09:00' },
          shiftLength: 'P1W',
          startDate: '2026-01-05',
        },
        createdBy: 'user:default/alice',
        createdAt: NOW,
      });

      expect(await seed()).toBeUndefined();
      expect(await count(knex, 'oncall_rotations')).toBe(1);
      expect(await count(knex, 'oncall_interrupts')).toBe(0);
    });

    it('loads an empty file and then never again', async () => {
      const { knex, seed } = await setup(databaseId);
      mockDir.addContent({ 'empty.yaml': '# nothing yet\n' });

      expect(await seed(mockDir.resolve('empty.yaml'))).toEqual({
        rotations: 0,
        interrupts: 0,
      });
      expect(await count(knex, 'oncall_meta')).toBe(1);
      expect(await seed()).toBeUndefined();
      expect(await count(knex, 'oncall_rotations')).toBe(0);
    });

    it.each([
      {
        name: 'a bad time zone in a later rotation',
        change: (file: typeof demo) => {
          file.rotations[2].version.timezone = 'Mars/Base';
        },
        message: /rotations\[2\]\.version\.timezone "Mars\/Base"/,
      },
      {
        name: 'a rotation id used twice',
        change: (file: typeof demo) => {
          file.rotations[3].id = file.rotations[0].id;
        },
        message: /rotations\[3\]\.id/,
      },
      {
        name: 'an unknown interrupt category',
        change: (file: typeof demo) => {
          file.interrupts[4].category = 'emergency';
        },
        message: /interrupts\[4\]\.category "emergency"/,
      },
      {
        name: 'an interrupt without daysAgo',
        change: (file: typeof demo) => {
          delete (file.interrupts[1] as Partial<DemoInterrupt>).daysAgo;
        },
        message: /interrupts\[1\]\.daysAgo/,
      },
    ])(
      'refuses $name, names the field and stores nothing',
      async ({ change, message }) => {
        const { knex, potwAt, seed } = await setup(databaseId);
        const broken = structuredClone(demo);
        change(broken);
        mockDir.addContent({ 'broken.yaml': stringify(broken) });

        await expect(seed(mockDir.resolve('broken.yaml'))).rejects.toThrow(
          message,
        );

        for (const table of [
          'oncall_rotations',
          'oncall_rotation_versions',
          'oncall_interrupts',
          'oncall_meta',
        ]) {
          expect(await count(knex, table)).toBe(0);
        }
        expect(potwAt).not.toHaveBeenCalled();

        // Once fixed, the file loads on the next start.
        mockDir.addContent({ 'broken.yaml': stringify(demo) });
        expect(await seed(mockDir.resolve('broken.yaml'))).toEqual({
          rotations: demo.rotations.length,
          interrupts: demo.interrupts.length,
        });
      },
    );
  });
});
