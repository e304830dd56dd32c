import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entity, factValues, rel } from './__testUtils__/entities';
import { MAX_REFS_PER_LOOKUP } from './catalog/limits';
import { catalogEvidenceProvider } from './provider';

const NOW = new Date('2025-06-01T00:00:00Z');
const credentials = mockCredentials.service('plugin:maturity');

/** A catalog of `entities` whose lookups are recorded. */
function spiedCatalog(entities: Entity[]) {
  const catalog = catalogServiceMock({ entities });
  return {
    catalog,
    byRefs: jest.spyOn(catalog, 'getEntitiesByRefs'),
    facets: jest.spyOn(catalog, 'getEntityFacets'),
  };
}

const context = (signal = new AbortController().signal) => ({
  now: NOW,
  credentials,
  signal,
  logger: mockServices.logger.mock(),
});

const api = (name: string, consumers: string[]) =>
  entity('api', name, {
    relations: consumers.map(c => rel('apiConsumedBy', c)),
  });

describe('the catalog provider', () => {
  const system = entity('system', 'shop', {
    relations: [rel('partOf', 'domain:default/retail')],
  });
  const services = Array.from({ length: 30 }, (_, i) =>
    entity('component', `svc-${i}`, {
      tags: ['java'],
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/t',
      },
      relations: [
        rel('partOf', 'system:default/shop'),
        rel('providesApi', `api:default/api-${i}`),
      ],
    }),
  );
  const apis = services.map((_, i) =>
    api(
      `api-${i}`,
      i === 0 ? ['component:default/svc-1', 'component:default/svc-2'] : [],
    ),
  );
  const db = entity('resource', 'db', {
    tags: ['postgresql'],
    spec: { type: 'database', owner: 'group:default/t' },
  });

  it('looks the page up in one call per kind of lookup, whatever its size, with the given credentials', async () => {
    const { catalog, byRefs, facets } = spiedCatalog([
      system,
      ...services,
      ...apis,
      db,
    ]);
    const evidence = await catalogEvidenceProvider(catalog).collect(
      [...services, db],
      context(),
    );

    expect(evidence).toHaveLength(31);
    // One call for the 30 APIs, one for the one system; facets once per kind on the page.
    expect(byRefs).toHaveBeenCalledTimes(2);
    expect(
      byRefs.mock.calls.map(([request]) => request.entityRefs.length).sort(),
    ).toEqual([1, 30]);
    expect(facets).toHaveBeenCalledTimes(2);
    expect(facets.mock.calls.map(([request]) => request.filter).sort()).toEqual(
      [{ kind: 'component' }, { kind: 'resource' }],
    );
    for (const [, options] of [...byRefs.mock.calls, ...facets.mock.calls]) {
      expect(options).toEqual({ credentials });
    }

    const first = evidence.find(
      e => e.entityRef === 'component:default/svc-0',
    )!;
    expect(first.proposals.map(p => p.vector)).toEqual([
      'documentation',
      'maturity',
      'ubiquity',
      'architecture',
    ]);
    const byVector = Object.fromEntries(
      first.proposals.map(p => [p.vector, p]),
    );
    expect(factValues(byVector.ubiquity)).toEqual({
      dependents: 0,
      'api-consumers': 2,
      'same-type': 29,
      'tag-peers': 29,
    });
    expect(byVector.ubiquity.score).toBe(2);
    expect(byVector.architecture).toMatchObject({ score: 3 });
    expect(factValues(byVector.architecture)['system-in-domain']).toBe(true);
    expect(byVector.maturity.score).toBe(2);
  });

  it('looks up at most its budget of APIs in the one call, and says which went uncounted', async () => {
    const many = Array.from(
      { length: MAX_REFS_PER_LOOKUP + 5 },
      (_, i) => `api:default/api-${String(i).padStart(4, '0')}`,
    );
    const provider = entity('component', 'hub', {
      relations: many.map(ref => rel('providesApi', ref)),
    });
    const { catalog, byRefs } = spiedCatalog([provider]);
    const [evidence] = await catalogEvidenceProvider(catalog).collect(
      [provider],
      context(),
    );
    expect(byRefs).toHaveBeenCalledTimes(1);
    expect(byRefs.mock.calls[0][0].entityRefs).toHaveLength(
      MAX_REFS_PER_LOOKUP,
    );
    const ubiquity = evidence.proposals.find(p => p.vector === 'ubiquity')!;
    expect(factValues(ubiquity)['apis-not-counted']).toBe(5);
  });

  it('answers only for components and resources, and asks nothing for a page without them', async () => {
    const { catalog, byRefs, facets } = spiedCatalog([system]);
    expect(
      await catalogEvidenceProvider(catalog).collect([system], context()),
    ).toEqual([]);
    expect(byRefs).not.toHaveBeenCalled();
    expect(facets).not.toHaveBeenCalled();
  });

  it('does not ask for APIs or systems when the page has none', async () => {
    const { catalog, byRefs, facets } = spiedCatalog([db]);
    const [evidence] = await catalogEvidenceProvider(catalog).collect(
      [db],
      context(),
    );
    expect(byRefs).not.toHaveBeenCalled();
    expect(facets).toHaveBeenCalledTimes(1);
    expect(evidence.entityRef).toBe('resource:default/db');
  });

  it('gives up once its time is up', async () => {
    const { catalog } = spiedCatalog([db]);
    const controller = new AbortController();
    controller.abort(new Error('ran past its time limit'));
    await expect(
      catalogEvidenceProvider(catalog).collect(
        [db],
        context(controller.signal),
      ),
    ).rejects.toThrow('ran past its time limit');
  });
});
