import { Entity } from '@backstage/catalog-model';
import { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { acceptedKinds, ENTITY_KINDS, missingExtensionIds } from './extensions';

describe('acceptedKinds', () => {
  it('lists the kinds the filter accepts, in the order of ENTITY_KINDS', () => {
    const filter = (entity: Entity) =>
      ['Group', 'Component', 'Template'].includes(entity.kind);
    expect(acceptedKinds(filter)).toEqual(['Component', 'Group', 'Template']);
    expect(acceptedKinds(() => true)).toEqual([...ENTITY_KINDS]);
  });

  it('fails for an extension without an entity filter', () => {
    expect(() => acceptedKinds(undefined)).toThrow('no entity filter');
  });
});

describe('missingExtensionIds', () => {
  // Answers like a frontend plugin's getExtension: a definition, or an error for an unknown id.
  function pluginWith(...ids: string[]) {
    return {
      getExtension(id: string): ExtensionDefinition {
        if (!ids.includes(id)) {
          throw new Error(`Attempted to get non-existent extension '${id}'`);
        }
        return { $$type: '@backstage/ExtensionDefinition', T: {} as any };
      },
    };
  }

  it('names the ids the plugin does not expose, in the order asked', () => {
    expect(
      missingExtensionIds(pluginWith('api:x', 'entity-card:x'), [
        'page:x',
        'api:x',
        'entity-card:x/card',
        'entity-card:x',
      ]),
    ).toEqual(['page:x', 'entity-card:x/card']);
  });

  it('names none when the plugin exposes them all', () => {
    expect(missingExtensionIds(pluginWith('api:x'), ['api:x'])).toEqual([]);
  });

  it('passes on errors other than an unknown id', () => {
    const broken = {
      getExtension(): ExtensionDefinition {
        throw new Error('plugin exploded');
      },
    };
    expect(() => missingExtensionIds(broken, ['api:x'])).toThrow(
      'plugin exploded',
    );
  });
});
