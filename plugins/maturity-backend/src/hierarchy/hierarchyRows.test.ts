import { Entity } from '@backstage/catalog-model';
import { toGroupAncestry, toHierarchyRows } from './hierarchyRows';
import {
  catalogEntity,
  childOf,
  EntityParts,
  ownedBy,
  partOf,
} from '../__testUtils__/catalogEntities';

function entity(
  kind: string,
  name: string,
  {
    type,
    lifecycle,
    relations = [],
    ...parts
  }: Omit<EntityParts, 'spec'> & { type?: string; lifecycle?: string } = {},
): Entity {
  return catalogEntity(kind, name, {
    ...parts,
    relations,
    spec: { ...(type ? { type } : {}), ...(lifecycle ? { lifecycle } : {}) },
  });
}

function byRef(rows: ReturnType<typeof toHierarchyRows>) {
  return new Map(rows.map(r => [r.entityRef, r]));
}

describe('toHierarchyRows', () => {
  const catalog: Entity[] = [
    entity('Domain', 'payments', { title: 'Payments' }),
    entity('System', 'billing', {
      relations: [
        ownedBy('group:default/team-a'),
        partOf('domain:default/payments'),
      ],
    }),
    entity('Component', 'Ledger', {
      title: 'Ledger Service',
      tier: '  Tier-1 ',
      type: 'service',
      lifecycle: 'production',
      relations: [
        // An API the component provides is not its system.
        { type: 'providesApi', targetRef: 'api:default/ledger-api' },
        ownedBy('group:default/Team-A'),
        partOf('system:default/billing'),
      ],
    }),
    entity('Component', 'sdk', {
      type: 'library',
      relations: [ownedBy('user:default/jo')],
    }),
    entity('Resource', 'ledger-db', {
      tier: 'tier-2',
      type: 'database',
      relations: [partOf('system:default/billing')],
    }),
    entity('Component', 'orphan', {
      // Its system is not in the catalog, so no domain is known.
      relations: [partOf('system:default/gone')],
    }),
  ];

  it('resolves a component’s domain through its system', () => {
    const rows = byRef(toHierarchyRows(catalog));
    expect(rows.get('component:default/ledger')).toEqual({
      entityRef: 'component:default/ledger',
      kind: 'component',
      type: 'service',
      title: 'Ledger Service',
      ownerRef: 'group:default/team-a',
      systemRef: 'system:default/billing',
      domainRef: 'domain:default/payments',
      tier: 'tier-1',
      lifecycle: 'production',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(rows.get('resource:default/ledger-db')).toMatchObject({
      kind: 'resource',
      systemRef: 'system:default/billing',
      domainRef: 'domain:default/payments',
      tier: 'tier-2',
      ownerRef: null,
    });
    expect(rows.get('system:default/billing')).toMatchObject({
      kind: 'system',
      systemRef: null,
      domainRef: 'domain:default/payments',
      ownerRef: 'group:default/team-a',
    });
    expect(rows.get('domain:default/payments')).toMatchObject({
      kind: 'domain',
      title: 'Payments',
      systemRef: null,
      domainRef: null,
    });
  });

  it('leaves system and domain empty for a component without a system', () => {
    const rows = byRef(toHierarchyRows(catalog));
    expect(rows.get('component:default/sdk')).toMatchObject({
      systemRef: null,
      domainRef: null,
      tier: null,
      title: null,
      lifecycle: null,
      type: 'library',
      ownerRef: 'user:default/jo',
    });
    expect(rows.get('component:default/orphan')).toMatchObject({
      systemRef: 'system:default/gone',
      domainRef: null,
    });
  });

  it('stores the tier trimmed and lower-cased, and a blank tier as none', () => {
    const tiers = ['TIER-3', ' tier-2\t', '   ', ''].map(
      tier => toHierarchyRows([entity('Component', 'c', { tier })])[0].tier,
    );
    expect(tiers).toEqual(['tier-3', 'tier-2', null, null]);
  });

  it('takes the owner from the ownedBy relation, not from spec.owner', () => {
    const withSpecOwner: Entity = {
      ...entity('Component', 'c', {
        relations: [ownedBy('group:default/real-owner')],
      }),
      spec: { owner: 'someone-else' },
    };
    expect(toHierarchyRows([withSpecOwner])[0].ownerRef).toBe(
      'group:default/real-owner',
    );
    const noRelation: Entity = {
      ...entity('Component', 'c'),
      spec: { owner: 'someone-else' },
    };
    expect(toHierarchyRows([noRelation])[0].ownerRef).toBeNull();
  });

  it('changes the fingerprint when a field changes, and only then', () => {
    const base = {
      title: 'Ledger',
      tier: 'tier-1',
      type: 'service',
      lifecycle: 'production',
      relations: [
        ownedBy('group:default/team-a'),
        partOf('system:default/billing'),
      ],
    };
    const fingerprint = (overrides: Partial<typeof base>, extra = catalog) =>
      toHierarchyRows([
        ...extra.filter(e => e.kind === 'System'),
        entity('Component', 'ledger', { ...base, ...overrides }),
      ]).find(r => r.entityRef === 'component:default/ledger')!.fingerprint;

    const original = fingerprint({});
    // Same content, different order of unrelated relations, other spelling of the tier.
    expect(fingerprint({})).toBe(original);
    expect(fingerprint({ tier: ' TIER-1 ' })).toBe(original);
    expect(
      fingerprint({
        relations: [
          { type: 'dependsOn', targetRef: 'resource:default/x' },
          ...base.relations,
        ],
      }),
    ).toBe(original);

    const changed = [
      fingerprint({ title: 'Ledger v2' }),
      fingerprint({ tier: 'tier-2' }),
      fingerprint({ type: 'website' }),
      fingerprint({ lifecycle: 'deprecated' }),
      fingerprint({
        relations: [
          ownedBy('group:default/team-b'),
          partOf('system:default/billing'),
        ],
      }),
      fingerprint({
        relations: [
          ownedBy('group:default/team-a'),
          partOf('system:default/other'),
        ],
      }),
      // The system moved to another domain: the component's domain changes with it.
      fingerprint({}, [
        entity('System', 'billing', {
          relations: [partOf('domain:default/other')],
        }),
      ]),
    ];
    for (const value of changed) expect(value).not.toBe(original);
    expect(new Set(changed).size).toBe(changed.length);
  });
});

describe('toGroupAncestry', () => {
  const group = (name: string, parent?: string) =>
    entity('Group', name, {
      relations: [
        ...(parent ? [childOf(`group:default/${parent}`)] : []),
        // parentOf relations point down and must not be followed upwards.
        { type: 'parentOf', targetRef: 'group:default/unrelated' },
      ],
    });

  const sorted = (rows: ReturnType<typeof toGroupAncestry>) =>
    [...rows].sort(
      (a, b) =>
        a.groupRef.localeCompare(b.groupRef) ||
        a.depth - b.depth ||
        a.ancestorRef.localeCompare(b.ancestorRef),
    );

  it('lists every group with itself at depth 0 and each ancestor by distance', () => {
    const rows = toGroupAncestry([
      group('org'),
      group('dept', 'org'),
      group('team', 'dept'),
      entity('Component', 'not-a-group', {
        relations: [childOf('group:default/org')],
      }),
    ]);
    expect(sorted(rows)).toEqual([
      {
        groupRef: 'group:default/dept',
        ancestorRef: 'group:default/dept',
        depth: 0,
      },
      {
        groupRef: 'group:default/dept',
        ancestorRef: 'group:default/org',
        depth: 1,
      },
      {
        groupRef: 'group:default/org',
        ancestorRef: 'group:default/org',
        depth: 0,
      },
      {
        groupRef: 'group:default/team',
        ancestorRef: 'group:default/team',
        depth: 0,
      },
      {
        groupRef: 'group:default/team',
        ancestorRef: 'group:default/dept',
        depth: 1,
      },
      {
        groupRef: 'group:default/team',
        ancestorRef: 'group:default/org',
        depth: 2,
      },
    ]);
  });

  it('follows groups nested 4 levels deep', () => {
    // The demo organisation: quillwind > dept-commerce > team-payments > team-fraud-signals.
    const rows = toGroupAncestry([
      group('team-fraud-signals', 'team-payments'),
      group('team-payments', 'dept-commerce'),
      group('dept-commerce', 'quillwind'),
      group('quillwind'),
    ]);
    expect(
      sorted(
        rows.filter(r => r.groupRef === 'group:default/team-fraud-signals'),
      ),
    ).toEqual([
      {
        groupRef: 'group:default/team-fraud-signals',
        ancestorRef: 'group:default/team-fraud-signals',
        depth: 0,
      },
      {
        groupRef: 'group:default/team-fraud-signals',
        ancestorRef: 'group:default/team-payments',
        depth: 1,
      },
      {
        groupRef: 'group:default/team-fraud-signals',
        ancestorRef: 'group:default/dept-commerce',
        depth: 2,
      },
      {
        groupRef: 'group:default/team-fraud-signals',
        ancestorRef: 'group:default/quillwind',
        depth: 3,
      },
    ]);
    // 4 + 3 + 2 + 1 rows: every group with itself and each ancestor.
    expect(rows).toHaveLength(10);
    // Everything under quillwind, quillwind included.
    expect(
      rows
        .filter(r => r.ancestorRef === 'group:default/quillwind')
        .map(r => r.groupRef)
        .sort(),
    ).toEqual([
      'group:default/dept-commerce',
      'group:default/quillwind',
      'group:default/team-fraud-signals',
      'group:default/team-payments',
    ]);
  });

  it('cuts a cycle instead of looping', () => {
    const rows = toGroupAncestry([
      group('a', 'c'),
      group('b', 'a'),
      group('c', 'b'),
      group('self', 'self'),
    ]);
    expect(sorted(rows.filter(r => r.groupRef === 'group:default/a'))).toEqual([
      { groupRef: 'group:default/a', ancestorRef: 'group:default/a', depth: 0 },
      { groupRef: 'group:default/a', ancestorRef: 'group:default/c', depth: 1 },
      { groupRef: 'group:default/a', ancestorRef: 'group:default/b', depth: 2 },
    ]);
    expect(rows.filter(r => r.groupRef === 'group:default/self')).toEqual([
      {
        groupRef: 'group:default/self',
        ancestorRef: 'group:default/self',
        depth: 0,
      },
    ]);
    // 3 groups × 3 in the cycle + 1; the (ancestor, group) primary key holds.
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map(r => `${r.ancestorRef} ${r.groupRef}`)).size).toBe(
      10,
    );
  });
});
