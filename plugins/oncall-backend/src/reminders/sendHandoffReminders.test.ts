import { createTestDatabases } from '@agile-ops/test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Duration } from 'luxon';
import { groupEntity } from '../__testUtils__/catalogEntities';
import {
  aliceAndBobRules,
  ALICE,
  BOB,
  note,
  openTestStores,
  TEAM,
} from '../__testUtils__/storeFixtures';
import { TeamAccess } from '../service/access';
import { HandoffNoteService } from '../service/HandoffNoteService';
import { RotationService } from '../service/RotationService';
import { TeamDirectory } from '../service/TeamDirectory';
import { sendHandoffReminders } from './sendHandoffReminders';

jest.setTimeout(120_000);

// Sunday 8 March 2026, 11:00 in Berlin; the next hand-off is Monday 9 March 09:00 CET (08:00Z).
const NOW = new Date('2026-03-08T10:00:00.000Z');
const HANDOFF = '2026-03-09T08:00:00.000Z';

type SentNotification = {
  recipients: unknown;
  payload: { title: string; description: string; link: string };
};

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('hand-off reminders on %s', id => {
  async function setUp(members = [ALICE, BOB]) {
    const { stores } = await openTestStores(databases, id, {
      clock: () => NOW,
    });
    const directory = new TeamDirectory(
      catalogServiceMock({ entities: [groupEntity('team-a', { members })] }),
      mockServices.auth(),
    );
    const access = new TeamAccess(
      mockServices.permissions(),
      mockServices.auditor.mock(),
    );
    const rotations = new RotationService({
      store: stores.rotations,
      directory,
      access,
    });
    const handoffNotes = new HandoffNoteService({
      store: stores.handoffNotes,
      rotations,
      access,
    });
    // Week k after 5 January goes to participant k mod 2: 9 March is week 9, Bob's.
    await stores.rotations.createRotation(aliceAndBobRules(NOW));
    await stores.handoffNotes.create(
      note({
        at: HANDOFF,
        text: 'Watch the ledger export',
        createdAt: NOW.toISOString(),
      }),
    );
    for (const [title, resolvedAt] of [
      ['Refund queue stuck', undefined],
      ['Old question', new Date('2026-03-02T10:00:00.000Z')],
    ] as const) {
      await stores.ledger.createInterrupt({
        id: title,
        team: TEAM,
        title,
        category: 'incident',
        receivedAt: new Date('2026-03-02T09:00:00.000Z'),
        resolvedAt,
        source: 'manual',
        createdBy: ALICE,
        createdAt: NOW,
      });
    }
    const logger = mockServices.logger.mock();
    const run = (send: jest.Mock, before = 'PT24H') =>
      sendHandoffReminders({
        stores,
        handoffNotes,
        directory,
        notifications: { send },
        before: Duration.fromISO(before),
        logger,
        now: NOW,
      });
    return { run, logger };
  }

  it('tells the incoming person once, with the notes and the open interrupts', async () => {
    const { run } = await setUp();
    const send = jest.fn(async (_request: SentNotification) => {});

    expect(await run(send)).toEqual({ sent: 1 });
    expect(send).toHaveBeenCalledTimes(1);
    const [{ recipients, payload }] = send.mock.calls[0];
    expect(recipients).toEqual({ type: 'entity', entityRef: BOB });
    expect(payload.title).toBe(
      'You take over Team A PoTW on Mon 9 Mar, 09:00 (Europe/Berlin)',
    );
    expect(payload.description).toContain(`Watch the ledger export (${ALICE})`);
    expect(payload.description).toContain('Refund queue stuck [incident]');
    expect(payload.description).not.toContain('Old question');
    expect(payload.link).toBe('/catalog/default/group/team-a/oncall');

    expect(await run(send)).toEqual({ sent: 0 });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tells nobody who is no longer a member of the team', async () => {
    const { run, logger } = await setUp([ALICE]);
    const send = jest.fn(async () => {});

    expect(await run(send)).toEqual({ sent: 0 });
    expect(send).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      `no hand-off reminder of rotation rot-1 for ${BOB}: not a member of ${TEAM} or of its sub-groups`,
    );
  });

  it('waits until the hand-off is within the configured time', async () => {
    const { run } = await setUp();
    const send = jest.fn(async () => {});
    expect(await run(send, 'PT12H')).toEqual({ sent: 0 });
    expect(send).not.toHaveBeenCalled();
  });

  it('tries again on the next run when sending fails', async () => {
    const { run, logger } = await setUp();
    const failing = jest.fn(async () => {
      throw new Error('notifications backend down');
    });
    expect(await run(failing)).toEqual({ sent: 0 });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend down'),
    );
    const working = jest.fn(async () => {});
    expect(await run(working)).toEqual({ sent: 1 });
  });
});
