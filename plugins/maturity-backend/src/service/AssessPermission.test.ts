import { maturityAssessmentCreatePermission } from '@agile-ops/plugin-maturity-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { catalogEntity, ownedBy } from '../__testUtils__/catalogEntities';
import { maturityRuleset } from '../__testUtils__/assessPermission';
import {
  createMaturityConditionalDecision,
  maturityConditions,
} from '../permissions/rules';
import { AssessPermission } from './AssessPermission';

const OURS = 'component:default/ours';
const THEIRS = 'component:default/theirs';
const RUN_BY_US = 'component:default/run-by-us';
const catalog = catalogServiceMock({
  entities: [
    catalogEntity('component', 'ours', {
      relations: [ownedBy('group:default/team-a')],
    }),
    catalogEntity('component', 'theirs', {
      relations: [ownedBy('group:default/team-b')],
    }),
    catalogEntity('component', 'run-by-us', {
      relations: [ownedBy('group:default/team-b')],
      annotations: { 'agile-ops/run-owner': 'group:default/team-a' },
    }),
  ],
});
const credentials = mockCredentials.user('user:default/jo');

/** Owners of team-a may assess, as the portal's policy decides it for a team member. */
const teamAOwns: PolicyDecision = createMaturityConditionalDecision(
  maturityAssessmentCreatePermission,
  maturityConditions.isEntityOwner({ claims: ['group:default/team-a'] }),
);

function checkWith(
  decision: PolicyDecision,
  options: { ttlMs?: number; authorize?: AuthorizeResult } = {},
) {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async () => [decision]) as any,
    authorize: jest.fn(async () => [
      { result: options.authorize ?? AuthorizeResult.DENY },
    ]) as any,
  });
  const check = new AssessPermission({
    permissions,
    catalog,
    auth: mockServices.auth(),
    rules: maturityRuleset,
    cache: options.ttlMs ? { ttlMs: options.ttlMs, maxEntries: 10 } : undefined,
  });
  return { check, permissions };
}

describe('AssessPermission', () => {
  it("applies the plugin's ownership condition itself, spec.owner and run owner alike", async () => {
    const { check, permissions } = checkWith(teamAOwns);

    expect(await check.allows(OURS, credentials)).toBe(true);
    expect(await check.allows(RUN_BY_US, credentials)).toBe(true);
    expect(await check.allows(THEIRS, credentials)).toBe(false);
    // The decision was asked without an entity; no round trip through apply-conditions.
    expect(permissions.authorizeConditional).toHaveBeenCalledWith(
      [{ permission: maturityAssessmentCreatePermission }],
      { credentials },
    );
    expect(permissions.authorize).not.toHaveBeenCalled();
  });

  it('refuses an entity the catalog does not have under a condition', async () => {
    const { check } = checkWith(teamAOwns);
    expect(await check.allows('component:default/ghost', credentials)).toBe(
      false,
    );
  });

  it('takes an ALLOW or DENY as it is, whatever the entity', async () => {
    expect(
      await checkWith({ result: AuthorizeResult.ALLOW }).check.allows(
        THEIRS,
        credentials,
      ),
    ).toBe(true);
    expect(
      await checkWith({ result: AuthorizeResult.DENY }).check.allows(
        OURS,
        credentials,
      ),
    ).toBe(false);
  });

  it("keeps a caller's decision for the configured time and asks again without one", async () => {
    const kept = checkWith(teamAOwns, { ttlMs: 60_000 });
    await kept.check.allows(OURS, credentials);
    await kept.check.allows(THEIRS, credentials);
    expect(kept.permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    // Another caller gets a decision of their own.
    await kept.check.allows(OURS, mockCredentials.user('user:default/sam'));
    expect(kept.permissions.authorizeConditional).toHaveBeenCalledTimes(2);

    const unkept = checkWith(teamAOwns);
    await unkept.check.allows(OURS, credentials);
    await unkept.check.allows(OURS, credentials);
    expect(unkept.permissions.authorizeConditional).toHaveBeenCalledTimes(2);
  });

  it("leaves another plugin's conditions to the permission backend, naming the entity", async () => {
    const catalogConditions: PolicyDecision = {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: [] },
      },
    };
    const allowed = checkWith(catalogConditions, {
      authorize: AuthorizeResult.ALLOW,
    });
    expect(await allowed.check.allows(THEIRS, credentials)).toBe(true);
    expect(allowed.permissions.authorize).toHaveBeenCalledWith(
      [{ permission: maturityAssessmentCreatePermission, resourceRef: THEIRS }],
      { credentials },
    );
    const denied = checkWith(catalogConditions);
    expect(await denied.check.allows(OURS, credentials)).toBe(false);
  });
});
