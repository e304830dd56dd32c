import { entity, factValues, rel } from '../__testUtils__/entities';
import { architectureScore, proposeArchitecture } from './architecture';
import { NO_LOOKUPS, PageLookups } from './pageLookups';

const NOW = new Date('2025-06-01T00:00:00Z');
const IN_DOMAIN = { in: true, none: false, unknown: 'unknown' } as const;
const withSystems = (
  systemDomains: Array<[string, string | null]>,
): PageLookups => ({ ...NO_LOOKUPS, systemDomains: new Map(systemDomains) });

describe('architecture', () => {
  it('proposes nothing for an entity in no system with no declared edges', () => {
    const proposal = proposeArchitecture(
      entity('component', 'lib'),
      NO_LOOKUPS,
      NOW,
    );
    expect(proposal).toMatchObject({ vector: 'architecture', score: null });
    expect(factValues(proposal)).toEqual({
      system: false,
      'provides-apis': 0,
      'depends-on': 0,
      'consumes-apis': 0,
    });
  });

  it('proposes 3 for a system in a domain and declared edges, without naming the domain', () => {
    const proposal = proposeArchitecture(
      entity('component', 'svc', {
        relations: [
          rel('partOf', 'system:default/shop'),
          rel('providesApi', 'api:default/shop-api'),
          rel('dependsOn', 'resource:default/db'),
          rel('dependsOn', 'resource:default/queue'),
          rel('consumesApi', 'api:default/pay-api'),
          rel('ownedBy', 'group:default/team'),
        ],
      }),
      withSystems([['system:default/shop', 'domain:default/secret-domain']]),
      NOW,
    );
    expect(proposal.score).toBe(3);
    expect(factValues(proposal)).toEqual({
      system: 'system:default/shop',
      'system-in-domain': true,
      'provides-apis': 1,
      'depends-on': 2,
      'consumes-apis': 1,
    });
    expect(JSON.stringify(proposal)).not.toContain('secret-domain');
  });

  it('takes only a system as its place, not a parent component', () => {
    const proposal = proposeArchitecture(
      entity('component', 'sub', {
        relations: [rel('partOf', 'component:default/parent')],
      }),
      NO_LOOKUPS,
      NOW,
    );
    expect(factValues(proposal).system).toBe(false);
  });

  it.each([
    ['system in a domain, no edges', 'in', 0, 2],
    ['system in no domain, edges', 'none', 2, 2],
    ['system not found, edges', 'unknown', 1, 2],
    ['system in no domain, no edges', 'none', 0, 1],
    ['no system, edges', null, 3, 1],
    ['no system, no edges', null, 0, null],
  ] as const)('proposes for %s', (_, domain, dependsOn, score) => {
    expect(
      architectureScore({
        system: domain === null ? null : 'system:default/s',
        systemInDomain: IN_DOMAIN[domain ?? 'unknown'],
        providesApis: 0,
        dependsOn,
        consumesApis: 0,
      }).score,
    ).toBe(score);
  });

  it('tells a system in no domain from one the catalog did not return', () => {
    const inNone = proposeArchitecture(
      entity('component', 'a', {
        relations: [rel('partOf', 'system:default/s')],
      }),
      withSystems([['system:default/s', null]]),
      NOW,
    );
    const missing = proposeArchitecture(
      entity('component', 'a', {
        relations: [rel('partOf', 'system:default/s')],
      }),
      NO_LOOKUPS,
      NOW,
    );
    expect(factValues(inNone)['system-in-domain']).toBe(false);
    expect(factValues(missing)['system-in-domain']).toBe('unknown');
    expect(inNone.score).toBe(1);
    expect(missing.score).toBe(1);
  });
});
