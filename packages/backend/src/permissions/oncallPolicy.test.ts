import oncallPlugin from '@agile-ops/plugin-oncall-backend';
import {
  createMockDirectory,
  mockCredentials,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { startPolicyBackend } from '../__testUtils__/policyBackend';
import { BOB, NOBODY, OLIVIA } from '../__testUtils__/portalAuth';

const OWNERSHIP: Record<string, string[]> = {
  [OLIVIA]: [OLIVIA, 'group:default/team-a'],
  [BOB]: [BOB, 'group:default/team-b'],
  [NOBODY]: [NOBODY],
};

const rotation = {
  owner: 'group:default/team-a',
  name: 'Team A PoTW',
  version: {
    timezone: 'Europe/Berlin',
    role: 'potw',
    participants: [OLIVIA],
    handoff: { weekday: 1, time: '09:00' },
    shiftLength: 'P1W',
    startDate: '2026-01-05',
  },
};

// The portal's policy with the real permission, catalog and on-call backends: the on-call
// plugin asks the permission backend, which hands the "member of the group" condition back to
// the on-call plugin to evaluate against the group entity from the catalog.
describe('on-call writes under the portal policy', () => {
  const mockDir = createMockDirectory();
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    server = await startPolicyBackend(mockDir, {
      plugin: oncallPlugin,
      ownership: OWNERSHIP,
      // Participants must be members of the owning group, so the users are in the catalog too.
      catalog: {
        kinds: ['Group', 'User'],
        yaml: [
          ['team-a', 'olivia'],
          ['team-b', 'bob'],
        ]
          .map(
            ([team, member]) => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${team}
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ${member}
spec:
  memberOf: [group:default/${team}]
`,
          )
          .join('---\n'),
      },
      config: { oncall: { reminders: { enabled: false } } },
      readyPath: '/api/oncall/teams/default/team-a/now',
    });
  }, 60_000);

  function createRotation(userEntityRef?: string) {
    const req = request(server).post('/api/oncall/rotations');
    if (userEntityRef) {
      req.set('Authorization', mockCredentials.user.header(userEntityRef));
    }
    return req.send(rotation);
  }

  function logInterrupt(userEntityRef: string) {
    return request(server)
      .post('/api/oncall/interrupts')
      .set('Authorization', mockCredentials.user.header(userEntityRef))
      .send({
        team: 'group:default/team-a',
        title: 'Pager went off',
        category: 'alert',
      });
  }

  it('lets a member of the group create its rotation', async () => {
    const res = await createRotation(OLIVIA);
    expect(res.status).toBe(201);
    expect(res.body.createdBy).toBe(OLIVIA);
  });

  it('refuses a member of another group', async () => {
    const res = await createRotation(BOB);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('group:default/team-a');
  });

  it('refuses a user in no group', async () => {
    expect((await createRotation(NOBODY)).status).toBe(403);
  });

  it('refuses an anonymous caller', async () => {
    expect((await createRotation()).status).toBe(401);
  });

  it('lets members log interrupts, triaged by the PoTW of the moment', async () => {
    const res = await logInterrupt(OLIVIA);
    expect(res.status).toBe(201);
    expect(res.body.triagedBy).toBe(OLIVIA);
    expect((await logInterrupt(BOB)).status).toBe(403);
  });

  it('stored only what the members wrote', async () => {
    const rotations = await request(server)
      .get('/api/oncall/teams/default/team-a/rotations')
      .set('Authorization', mockCredentials.user.header(BOB));
    expect(rotations.body.rotations).toHaveLength(1);
    const ledger = await request(server)
      .get('/api/oncall/interrupts')
      .query({ team: 'group:default/team-a' })
      .set('Authorization', mockCredentials.user.header(BOB));
    expect(
      ledger.body.interrupts.map((i: { createdBy: string }) => i.createdBy),
    ).toEqual([OLIVIA]);
  });
});
