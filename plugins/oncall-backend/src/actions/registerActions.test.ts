import { AuditorService } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { spec } from '@agile-ops/plugin-oncall-common';
import { componentEntity, groupEntity } from '../__testUtils__/catalogEntities';
import {
  aliceAndBobRules,
  ALICE,
  BOB,
  openTestStores,
  TEAM,
} from '../__testUtils__/storeFixtures';
import { TeamAccess } from '../service/access';
import { InterruptService } from '../service/InterruptService';
import { NowService } from '../service/NowService';
import { RotationService } from '../service/RotationService';
import { TeamDirectory } from '../service/TeamDirectory';
import { registerOncallActions } from './registerActions';

// Tuesday 10 March 2026: week 9 after 5 January, Bob's PoTW week (participants alternate).
const NOW = new Date('2026-03-10T12:00:00.000Z');

const entities: Entity[] = [
  groupEntity('team-a'),
  componentEntity('ledger', TEAM),
];

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('registerOncallActions', () => {
  let registry: ReturnType<typeof actionsRegistryServiceMock>;
  let authorize: jest.Mock;
  let audited: Array<{ eventId: string; meta?: unknown }>;
  let stores: Awaited<ReturnType<typeof openTestStores>>['stores'];

  beforeEach(async () => {
    const now = () => NOW;
    ({ stores } = await openTestStores(databases, 'SQLITE_3', { clock: now }));
    authorize = jest.fn(async (requests: unknown[]) =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    );
    audited = [];
    const access = new TeamAccess(
      mockServices.permissions.mock({ authorize }),
      {
        createEvent: async (event: { eventId: string; meta?: unknown }) => {
          audited.push(event);
          return { success: jest.fn(), fail: jest.fn() };
        },
      } as unknown as AuditorService,
    );
    const directory = new TeamDirectory(
      catalogServiceMock({ entities }),
      mockServices.auth(),
    );
    const rotations = new RotationService({
      store: stores.rotations,
      directory,
      access,
      now,
    });
    await stores.rotations.createRotation(aliceAndBobRules(NOW));
    registry = actionsRegistryServiceMock();
    registerOncallActions({
      actionsRegistry: registry,
      rotations,
      now: new NowService({ rotations, directory, now }),
      interrupts: new InterruptService({
        store: stores.ledger,
        rotations,
        directory,
        access,
        now,
      }),
    });
  });

  it('registers three actions, two of them read-only', async () => {
    const { actions } = await registry.list();
    expect(actions.map(a => [a.name, a.attributes.readOnly]).sort()).toEqual([
      ['list-shifts', true],
      ['log-interrupt', false],
      ['who-is-on-call', true],
    ]);
  });

  it('says who is on call for a component, until when and who is next', async () => {
    const { output } = await registry.invoke({
      id: 'test:who-is-on-call',
      input: { entityRef: 'component:default/ledger' },
      credentials: mockCredentials.user(ALICE),
    });
    expect(output).toEqual({
      entityRef: 'component:default/ledger',
      team: TEAM,
      roles: [
        {
          role: 'potw',
          rotationId: 'rot-1',
          rotationName: 'Team A PoTW',
          user: BOB,
          // Monday 16 March 09:00 CET.
          until: '2026-03-16T08:00:00.000Z',
          next: { user: ALICE, at: '2026-03-16T08:00:00.000Z' },
          timezone: 'Europe/Berlin',
          override: false,
        },
      ],
      escalation: [BOB],
    });
  });

  it('lists the shifts of a window and refuses one longer than 90 days', async () => {
    const { output } = await registry.invoke({
      id: 'test:list-shifts',
      input: {
        rotationId: 'rot-1',
        from: '2026-03-09T08:00:00.000Z',
        to: '2026-03-23T08:00:00.000Z',
      },
      credentials: mockCredentials.user(ALICE),
    });
    expect(output).toEqual({
      shifts: [
        {
          user: BOB,
          start: '2026-03-09T08:00:00.000Z',
          end: '2026-03-16T08:00:00.000Z',
          source: 'rotation',
        },
        {
          user: ALICE,
          start: '2026-03-16T08:00:00.000Z',
          end: '2026-03-23T08:00:00.000Z',
          source: 'rotation',
        },
      ],
      gaps: [],
    });
    await expect(
      registry.invoke({
        id: 'test:list-shifts',
        input: {
          rotationId: 'rot-1',
          from: '2026-01-01T00:00:00.000Z',
          to: '2026-06-01T00:00:00.000Z',
        },
        credentials: mockCredentials.user(ALICE),
      }),
    ).rejects.toThrow('at most 90 days');
  });

  it('logs an interrupt triaged by the PoTW, checking the permission on the team', async () => {
    const credentials = mockCredentials.user(ALICE);
    const { output } = await registry.invoke({
      id: 'test:log-interrupt',
      input: { team: TEAM, title: 'Pager', category: 'alert' },
      credentials,
    });
    expect(output).toEqual({
      id: expect.any(String),
      team: TEAM,
      triagedBy: BOB,
      receivedAt: NOW.toISOString(),
    });
    expect(authorize).toHaveBeenCalledWith(
      [expect.objectContaining({ resourceRef: TEAM })],
      { credentials },
    );
    // No HTTP request reaches the auditor here, so the event names the user itself.
    expect(audited).toEqual([
      expect.objectContaining({
        eventId: 'interrupt-create',
        meta: expect.objectContaining({ actor: ALICE }),
      }),
    ]);
  });

  it('refuses an interrupt the HTTP API would refuse, by its OpenAPI limits, before it is stored', async () => {
    const { title } = spec.components.schemas.CreateInterruptRequest.properties;
    const log = (input: Record<string, unknown>) =>
      registry.invoke({
        id: 'test:log-interrupt',
        input: { team: TEAM, title: 'Pager', category: 'alert', ...input },
        credentials: mockCredentials.user(ALICE),
      });
    for (const [input, field] of [
      [{ title: 't'.repeat(title.maxLength + 1) }, 'title'],
      [{ title: '' }, 'title'],
      // The length the document allows, but blanks only say nothing.
      [{ title: ' \t\n ' }, 'title'],
      [{ category: 'gossip' }, 'category'],
      [{ effortMinutes: 1.5 }, 'effortMinutes'],
      [{ receivedAt: '2026-03-10T12:00:00' }, 'receivedAt'],
      [{ source: 'import' }, ''],
    ] as const) {
      await expect(log(input)).rejects.toMatchObject({
        message: expect.stringContaining(
          'Invalid input to action "test:log-interrupt"',
        ),
        cause: {
          issues: expect.arrayContaining([
            expect.objectContaining({ path: field ? [field] : [] }),
          ]),
        },
      });
    }
    expect(audited).toEqual([]);
    await expect(
      log({ title: 't'.repeat(title.maxLength) }),
    ).resolves.toMatchObject({ output: { team: TEAM } });
    // Blanks around a title are not kept.
    const { output } = await log({ title: '  Pager  ' });
    const { id } = output as { id: string };
    expect(await stores.ledger.getInterrupt(id)).toMatchObject({
      title: 'Pager',
    });
  });

  it('refuses to log an interrupt the policy denies or without a user', async () => {
    authorize.mockImplementation(async (requests: unknown[]) =>
      requests.map(() => ({ result: AuthorizeResult.DENY })),
    );
    await expect(
      registry.invoke({
        id: 'test:log-interrupt',
        input: { team: TEAM, title: 'Pager', category: 'alert' },
        credentials: mockCredentials.user(ALICE),
      }),
    ).rejects.toThrow('oncall.interrupt.create is not permitted');
    await expect(
      registry.invoke({
        id: 'test:log-interrupt',
        input: { team: TEAM, title: 'Pager', category: 'alert' },
        credentials: mockCredentials.service(),
      }),
    ).rejects.toThrow('needs a signed-in user');
  });
});
