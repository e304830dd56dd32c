import { maturityAssessmentCreatePermission } from '@agile-ops/plugin-maturity-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  createMaturityConditionalDecision,
  isEntityOwner,
  maturityConditions,
  maturityEntityResourceRef,
  maturityEntityRules,
  ownersOf,
} from './rules';
import { catalogEntity, EntityParts } from '../__testUtils__/catalogEntities';

// Relations and annotations are left out unless given.
const entity = (parts: Pick<EntityParts, 'relations' | 'annotations'>) =>
  catalogEntity('Component', 'foo', {
    ...parts,
    spec: { type: 'service', owner: 'team-a' },
  });

const ownedByTeamA = entity({
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-a' },
    { type: 'partOf', targetRef: 'system:default/payments' },
  ],
});

describe('ownersOf', () => {
  it('collects ownedBy relations and the plan/build/run owner annotations, lower-cased', () => {
    expect(
      ownersOf(
        entity({
          relations: [
            { type: 'ownedBy', targetRef: 'group:default/Team-A' },
            { type: 'dependsOn', targetRef: 'group:default/not-an-owner' },
          ],
          annotations: {
            'agile-ops/plan-owner': 'group:default/product',
            'agile-ops/build-owner': 'group:default/builders',
            'agile-ops/run-owner': 'Group:Default/Ops',
            'agile-ops/other': 'group:default/ignored',
          },
        }),
      ),
    ).toEqual([
      'group:default/team-a',
      'group:default/product',
      'group:default/builders',
      'group:default/ops',
    ]);
  });

  it('is empty for an entity without relations or annotations', () => {
    expect(ownersOf(entity({}))).toEqual([]);
  });
});

describe('isEntityOwner', () => {
  it('is the only rule and is named IS_ENTITY_OWNER on catalog entities', () => {
    expect(Object.values(maturityEntityRules)).toEqual([isEntityOwner]);
    expect(isEntityOwner.name).toBe('IS_ENTITY_OWNER');
    expect(isEntityOwner.resourceType).toBe('catalog-entity');
    expect(maturityEntityResourceRef.pluginId).toBe('maturity');
  });

  describe('apply', () => {
    it('is true when a claim owns the entity through an ownedBy relation', () => {
      expect(
        isEntityOwner.apply(ownedByTeamA, {
          claims: ['user:default/jo', 'group:default/team-a'],
        }),
      ).toBe(true);
    });

    it('compares refs without regard to case', () => {
      expect(
        isEntityOwner.apply(ownedByTeamA, { claims: ['Group:Default/TEAM-A'] }),
      ).toBe(true);
      expect(
        isEntityOwner.apply(
          entity({
            relations: [{ type: 'ownedBy', targetRef: 'Group:default/Team-A' }],
          }),
          { claims: ['group:default/team-a'] },
        ),
      ).toBe(true);
    });

    it.each([
      'agile-ops/plan-owner',
      'agile-ops/build-owner',
      'agile-ops/run-owner',
    ])('is true for the group named by %s', annotation => {
      const owned = entity({
        relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
        annotations: { [annotation]: 'group:default/ops' },
      });
      expect(
        isEntityOwner.apply(owned, { claims: ['group:default/ops'] }),
      ).toBe(true);
      expect(
        isEntityOwner.apply(owned, { claims: ['GROUP:default/Ops'] }),
      ).toBe(true);
    });

    it('is false for claims that own nothing of the entity', () => {
      expect(
        isEntityOwner.apply(ownedByTeamA, {
          claims: ['user:default/jo', 'group:default/team-b'],
        }),
      ).toBe(false);
      expect(isEntityOwner.apply(ownedByTeamA, { claims: [] })).toBe(false);
    });

    it('is false for a claim that is related to the entity but not as owner', () => {
      expect(
        isEntityOwner.apply(ownedByTeamA, {
          claims: ['system:default/payments'],
        }),
      ).toBe(false);
      expect(
        isEntityOwner.apply(
          entity({ annotations: { 'agile-ops/tier': 'group:default/team-a' } }),
          { claims: ['group:default/team-a'] },
        ),
      ).toBe(false);
    });

    it('is false for an entity without owners', () => {
      expect(
        isEntityOwner.apply(entity({}), { claims: ['group:default/team-a'] }),
      ).toBe(false);
    });
  });

  it('turns into a catalog query on the owner relation and annotations', () => {
    const claims = ['user:default/jo', 'group:default/team-a'];
    expect(isEntityOwner.toQuery({ claims })).toEqual({
      anyOf: [
        { key: 'relations.ownedBy', values: claims },
        { key: 'metadata.annotations.agile-ops/plan-owner', values: claims },
        { key: 'metadata.annotations.agile-ops/build-owner', values: claims },
        { key: 'metadata.annotations.agile-ops/run-owner', values: claims },
      ],
    });
  });

  it('checks its params', async () => {
    // A standard schema (zod 4): `validate` returns issues for bad params.
    const schema = isEntityOwner.paramsSchema as unknown as {
      '~standard': {
        validate(value: unknown): { issues?: unknown[] } | Promise<unknown>;
      };
    };
    const validate = async (value: unknown) =>
      (await schema['~standard'].validate(value)) as { issues?: unknown[] };
    expect(
      (await validate({ claims: ['group:default/a'] })).issues,
    ).toBeUndefined();
    expect((await validate({ claims: 'group:default/a' })).issues).toEqual(
      expect.arrayContaining([expect.anything()]),
    );
  });
});

describe('condition exports', () => {
  it('builds the condition and the conditional decision a policy returns', () => {
    const condition = maturityConditions.isEntityOwner({
      claims: ['group:default/team-a'],
    });
    expect(condition).toEqual({
      rule: 'IS_ENTITY_OWNER',
      resourceType: 'catalog-entity',
      params: { claims: ['group:default/team-a'] },
    });
    expect(
      createMaturityConditionalDecision(
        maturityAssessmentCreatePermission,
        condition,
      ),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'maturity',
      resourceType: 'catalog-entity',
      conditions: condition,
    });
  });
});
