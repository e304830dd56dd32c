import { Entity } from '@backstage/catalog-model';
import { ExtensionDefinition } from '@backstage/frontend-plugin-api';

/** The catalog kinds {@link acceptedKinds} tries, in this order. */
export const ENTITY_KINDS = [
  'Component',
  'Resource',
  'System',
  'API',
  'Domain',
  'Group',
  'User',
  'Template',
] as const;

/** Which of {@link ENTITY_KINDS} an extension's entity filter accepts, in that order. */
export function acceptedKinds(
  filter: ((entity: Entity) => boolean) | undefined,
): string[] {
  if (!filter) throw new Error('the extension has no entity filter');
  return ENTITY_KINDS.filter(kind =>
    filter({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
    }),
  );
}

/**
 * Which of `ids` a plugin of the new frontend system does not expose. Ask for its extensions
 * together with an id it could easily have had by mistake (such as a card under a sub-name), so
 * that the answer is that id alone.
 */
export function missingExtensionIds<TId extends string>(
  plugin: { getExtension(id: TId): ExtensionDefinition },
  ids: readonly string[],
): string[] {
  return ids.filter(id => {
    try {
      return !plugin.getExtension(id as TId);
    } catch (error) {
      if (/non-existent extension/.test(String(error))) return true;
      throw error;
    }
  });
}
