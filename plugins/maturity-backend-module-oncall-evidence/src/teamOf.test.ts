import { Entity } from '@backstage/catalog-model';
import { teamOf } from './teamOf';

const entity = (
  kind: string,
  parts: {
    annotations?: Record<string, string>;
    owners?: string[];
  } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name: 'ledger',
    namespace: 'default',
    annotations: parts.annotations,
  },
  relations: (parts.owners ?? []).map(targetRef => ({
    type: 'ownedBy',
    targetRef,
  })),
});

describe('teamOf', () => {
  it('takes the group the entity is owned by, in lower case', () => {
    expect(
      teamOf(entity('Component', { owners: ['group:default/Team-A'] })),
    ).toBe('group:default/team-a');
  });

  it('skips an owner that is a user for a later group owner, and has none without one', () => {
    expect(
      teamOf(
        entity('Component', {
          owners: ['user:default/jo', 'group:ops/team-b'],
        }),
      ),
    ).toBe('group:ops/team-b');
    expect(teamOf(entity('Component', { owners: ['user:default/jo'] }))).toBe(
      undefined,
    );
    expect(teamOf(entity('Resource'))).toBeUndefined();
  });

  it('lets the agile-ops/oncall-team annotation win over the owner', () => {
    expect(
      teamOf(
        entity('Component', {
          annotations: { 'agile-ops/oncall-team': 'group:default/platform' },
          owners: ['group:default/team-a'],
        }),
      ),
    ).toBe('group:default/platform');
  });

  it.each(['user:default/jo', 'platform', 'group:'])(
    'finds no team when the annotation names no group (%s), as the on-call plugin refuses it',
    annotated => {
      expect(
        teamOf(
          entity('Component', {
            annotations: { 'agile-ops/oncall-team': annotated },
            owners: ['group:default/team-a'],
          }),
        ),
      ).toBeUndefined();
    },
  );

  it('lets a group cover itself', () => {
    expect(teamOf(entity('Group', { owners: ['group:default/parent'] }))).toBe(
      'group:default/ledger',
    );
  });
});
