import maturityPlugin from '@agile-ops/plugin-maturity-backend';
import {
  maturityAssessmentCreatePermission,
  maturityAssessmentImportPermission,
  maturityFactsPushPermission,
  maturityHierarchyRefreshPermission,
} from '@agile-ops/plugin-maturity-common';
import { oncallImportPermission } from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startPolicyBackend } from '../__testUtils__/policyBackend';
import {
  ADA,
  BOB,
  NOBODY,
  OLIVIA,
  userInfoFrom,
} from '../__testUtils__/portalAuth';
import {
  ARCHITECTS_GROUP,
  CONFIDENTIAL,
  CONFIDENTIALITY_LABEL,
  PortalPermissionPolicy,
} from './policy';

/** Who belongs to which groups, as the auth backend would put it into user info. */
const OWNERSHIP: Record<string, string[]> = {
  [OLIVIA]: [OLIVIA, 'group:default/team-a'],
  [BOB]: [BOB, 'group:default/team-b'],
  [ADA]: [ADA, ARCHITECTS_GROUP],
  [NOBODY]: [NOBODY],
};

const userInfoOf = userInfoFrom(OWNERSHIP);

// Same name, attributes and resource type as the catalog's own permission (the catalog's
// common package is not a dependency of the backend package).
const catalogEntityReadPermission = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});
const basicPermission = createPermission({
  name: 'scaffolder.task.create',
  attributes: { action: 'create' },
});

describe('PortalPermissionPolicy', () => {
  const getUserInfo = jest.fn(async (credentials: BackstageCredentials) =>
    userInfoOf(credentials),
  );
  const policy = new PortalPermissionPolicy({ getUserInfo });

  beforeEach(() => getUserInfo.mockClear());

  function asUser(userEntityRef: string) {
    const credentials = mockCredentials.user(userEntityRef);
    // The deprecated `info` is left empty: the policy must ask the UserInfoService.
    return {
      credentials,
      info: { userEntityRef, ownershipEntityRefs: [] },
    };
  }

  const assess = { permission: maturityAssessmentCreatePermission };

  it('allows architects to assess any entity', async () => {
    expect(await policy.handle(assess, asUser(ADA))).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(getUserInfo).toHaveBeenCalledWith(
      expect.objectContaining({
        principal: expect.objectContaining({ userEntityRef: ADA }),
      }),
    );
  });

  it('lets team members assess what their teams own, decided by the maturity plugin', async () => {
    expect(await policy.handle(assess, asUser(OLIVIA))).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'maturity',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: [OLIVIA, 'group:default/team-a'] },
      },
    });
  });

  it('hands a user without teams a condition on their own ref only', async () => {
    const decision = await policy.handle(assess, asUser(NOBODY));
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { params: { claims: [NOBODY] } },
    });
  });

  it('denies assessments without a user', async () => {
    expect(await policy.handle(assess)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(getUserInfo).not.toHaveBeenCalled();
  });

  it('lets only architects start a hierarchy sync by hand', async () => {
    const refresh = { permission: maturityHierarchyRefreshPermission };
    expect(await policy.handle(refresh, asUser(ADA))).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await policy.handle(refresh, asUser(OLIVIA))).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(await policy.handle(refresh)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it.each([
    ['assessments', maturityAssessmentImportPermission],
    ['rotations and interrupts', oncallImportPermission],
    ['facts pushed by hand', maturityFactsPushPermission],
  ])('lets only architects import %s', async (_what, permission) => {
    expect(await policy.handle({ permission }, asUser(ADA))).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    for (const other of [OLIVIA, NOBODY]) {
      expect(await policy.handle({ permission }, asUser(other))).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('allows a basic permission to everyone, with or without a user', async () => {
    const permission = basicPermission;
    expect(await policy.handle({ permission }, asUser(NOBODY))).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await policy.handle({ permission })).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(getUserInfo).not.toHaveBeenCalled();
  });

  const read = { permission: catalogEntityReadPermission };

  it('lets users read what is not confidential, and confidential entities they own', async () => {
    expect(await policy.handle(read, asUser(OLIVIA))).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        anyOf: [
          {
            not: {
              rule: 'HAS_LABEL',
              resourceType: 'catalog-entity',
              params: { label: CONFIDENTIALITY_LABEL, value: CONFIDENTIAL },
            },
          },
          {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: { claims: [OLIVIA, 'group:default/team-a'] },
          },
        ],
      },
    });
  });

  it('lets architects read every entity', async () => {
    expect(await policy.handle(read, asUser(ADA))).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('lets backends acting for themselves read every entity', async () => {
    expect(await policy.handle(read)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(getUserInfo).not.toHaveBeenCalled();
  });
});

describe('the portal policy end to end', () => {
  const mockDir = createMockDirectory();

  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    server = await startPolicyBackend(mockDir, {
      plugin: maturityPlugin,
      ownership: OWNERSHIP,
      catalog: {
        kinds: ['Component'],
        yaml: `
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
spec:
  type: service
  lifecycle: production
  owner: group:default/team-a
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ledger
  annotations:
    agile-ops/run-owner: group:default/team-b
spec:
  type: service
  lifecycle: production
  owner: group:default/team-a
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: risk-model
  labels:
    ${CONFIDENTIALITY_LABEL}: ${CONFIDENTIAL}
spec:
  type: service
  lifecycle: production
  owner: group:default/team-b
`,
      },
      readyPath: '/api/maturity/entities/component/default/ledger/scorecard',
    });
  }, 60_000);

  function assess(userEntityRef: string, name: string) {
    return request(server)
      .post(`/api/maturity/entities/component/default/${name}/assessments`)
      .set('Authorization', mockCredentials.user.header(userEntityRef))
      .send({ scores: [{ vector: 'documentation', score: 3 }] });
  }

  it('lets a member of the owning team assess', async () => {
    const res = await assess(OLIVIA, 'checkout');
    expect(res.status).toBe(201);
    expect(res.body.assessment.createdBy).toBe(OLIVIA);
  });

  it('refuses a member of another team', async () => {
    const res = await assess(BOB, 'checkout');
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
    expect(res.body.error.message).toContain('component:default/checkout');
  });

  it('refuses a user in no team', async () => {
    expect((await assess(NOBODY, 'checkout')).status).toBe(403);
  });

  it('lets an architect assess what no team of theirs owns', async () => {
    const res = await assess(ADA, 'checkout');
    expect(res.status).toBe(201);
    expect(res.body.assessment.createdBy).toBe(ADA);
  });

  it('lets the run-owner team named by annotation assess', async () => {
    expect((await assess(BOB, 'ledger')).status).toBe(201);
  });

  it('recorded exactly the allowed assessments', async () => {
    const res = await request(server)
      .get('/api/maturity/entities/component/default/checkout/history')
      .set('Authorization', mockCredentials.user.header(BOB));
    expect(res.status).toBe(200);
    expect(
      res.body.series[0].points.map(
        (p: { recordedBy: string }) => p.recordedBy,
      ),
    ).toEqual([OLIVIA, ADA]);
  });

  function readEntity(userEntityRef: string, name: string) {
    return request(server)
      .get(`/api/catalog/entities/by-name/component/default/${name}`)
      .set('Authorization', mockCredentials.user.header(userEntityRef));
  }

  async function listedNames(userEntityRef: string) {
    const res = await request(server)
      .get('/api/catalog/entities/by-query')
      .query({ filter: 'kind=component' })
      .set('Authorization', mockCredentials.user.header(userEntityRef));
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ metadata: { name: string } }>)
      .map(entity => entity.metadata.name)
      .sort();
  }

  it('hides a confidential entity from users of other teams', async () => {
    expect((await readEntity(OLIVIA, 'risk-model')).status).toBe(404);
    expect((await readEntity(NOBODY, 'risk-model')).status).toBe(404);
    expect(await listedNames(OLIVIA)).toEqual(['checkout', 'ledger']);
  });

  it('shows a confidential entity to its owners and to the architects', async () => {
    expect((await readEntity(BOB, 'risk-model')).status).toBe(200);
    expect((await readEntity(ADA, 'risk-model')).status).toBe(200);
    expect(await listedNames(BOB)).toEqual([
      'checkout',
      'ledger',
      'risk-model',
    ]);
  });

  it('shows a confidential entity to a backend acting for itself', async () => {
    const res = await request(server)
      .get('/api/catalog/entities/by-name/component/default/risk-model')
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
  });
});
