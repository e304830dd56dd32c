import { entity, factValues, rel } from '../__testUtils__/entities';
import { NO_LOOKUPS, PageLookups } from './pageLookups';
import { proposeUbiquity, ubiquityScore } from './ubiquity';

const NOW = new Date('2025-06-01T00:00:00Z');

const lookups = (parts: Partial<PageLookups> = {}): PageLookups => ({
  ...NO_LOOKUPS,
  technology: new Map([
    [
      'component',
      {
        types: new Map([['service', 12]]),
        tags: new Map([
          ['java', 5],
          ['kotlin', 2],
          ['go', 1],
        ]),
      },
    ],
  ]),
  ...parts,
});

describe('ubiquity', () => {
  it('proposes nothing when nothing uses it and it has no tags', () => {
    const proposal = proposeUbiquity(
      entity('component', 'site', { spec: { type: 'website' } }),
      lookups(),
      NOW,
    );
    expect(proposal).toMatchObject({ vector: 'ubiquity', score: null });
    expect(factValues(proposal)).toEqual({
      dependents: 0,
      'api-consumers': 0,
      'same-type': 0,
    });
  });

  it('counts dependents and the consumers of its APIs once each, itself left out', () => {
    const proposal = proposeUbiquity(
      entity('component', 'core', {
        tags: ['java'],
        spec: { type: 'service' },
        relations: [
          rel('dependencyOf', 'component:default/a'),
          rel('dependencyOf', 'component:default/A'),
          rel('dependencyOf', 'component:default/b'),
          rel('providesApi', 'api:default/core-api'),
          rel('providesApi', 'api:default/core-events'),
          rel('dependsOn', 'resource:default/db'),
        ],
      }),
      lookups({
        apiConsumers: new Map([
          [
            'api:default/core-api',
            [
              'component:default/b',
              'component:default/c',
              'component:default/core',
            ],
          ],
          [
            'api:default/core-events',
            ['component:default/c', 'component:default/d'],
          ],
        ]),
      }),
      NOW,
    );
    // Users: a, b (dependents) ∪ b, c, d (consumers) = a, b, c, d.
    expect(proposal.score).toBe(3);
    expect(proposal.reasons[0]).toMatch(/^used by 4 entities/);
    expect(factValues(proposal)).toEqual({
      dependents: 2,
      'api-consumers': 3,
      'same-type': 11,
      'tag-peers': 4,
    });
    expect(proposal.facts.find(f => f.key === 'tag-peers')?.text).toBe(
      '4 other components tagged java, its most shared tag',
    );
  });

  it.each([
    ['one user', { users: 1 }, 2],
    ['two users', { users: 2 }, 2],
    ['three users', { users: 3 }, 3],
    ['many users', { users: 400 }, 3],
    ['no users, a tag on 3 others', { tag: { name: 'java', others: 3 } }, 2],
    ['no users, a tag on 2 others', { tag: { name: 'go', others: 2 } }, 1],
    ['no users, a tag of its own', { tag: { name: 'cobol', others: 0 } }, 1],
    ['no users, no tags', {}, null],
  ] as const)('proposes for %s', (_, parts, score) => {
    expect(
      ubiquityScore({
        dependents: 0,
        apiConsumers: 0,
        apisNotCounted: 0,
        users: 0,
        kind: 'component',
        type: null,
        tag: null,
        ...parts,
      }).score,
    ).toBe(score);
  });

  it('takes its most shared tag, case-insensitively', () => {
    const proposal = proposeUbiquity(
      entity('component', 'svc', { tags: ['Go', 'kotlin'] }),
      lookups(),
      NOW,
    );
    expect(factValues(proposal)['tag-peers']).toBe(1);
    expect(proposal.score).toBe(1);
    expect(proposal.reasons[0]).toMatch(
      /its most shared tag, kotlin, is on 1 other component/,
    );
  });

  it('says which APIs it could not count, and counts the rest', () => {
    const proposal = proposeUbiquity(
      entity('component', 'svc', {
        relations: [
          rel('providesApi', 'api:default/seen'),
          rel('providesApi', 'api:default/unseen'),
        ],
      }),
      lookups({
        apiConsumers: new Map([['api:default/seen', ['component:default/x']]]),
      }),
      NOW,
    );
    expect(proposal.score).toBe(2);
    expect(factValues(proposal)).toMatchObject({
      'api-consumers': 1,
      'apis-not-counted': 1,
    });
  });

  it('does not count the type towards the score: a type like service is everywhere', () => {
    const proposal = proposeUbiquity(
      entity('component', 'svc', { spec: { type: 'service' } }),
      lookups(),
      NOW,
    );
    expect(factValues(proposal)['same-type']).toBe(11);
    expect(proposal.score).toBeNull();
  });
});
