import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  APPLIES_TO_ANNOTATION,
  matchesAppliesTo,
  readAppliesTo,
} from './appliesTo';

/** The template fields the card reads; the rest of a template (its steps) can be large. */
export const TEMPLATE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.description',
  `metadata.annotations.${APPLIES_TO_ANNOTATION}`,
];

/** A template as the card shows it. */
export interface SelfServiceTemplate {
  ref: string;
  namespace: string;
  name: string;
  title: string;
  description?: string;
}

/** A template whose annotation could not be read, and why. */
export interface InvalidTemplate {
  ref: string;
  title: string;
  reason: string;
}

/** The templates for one entity, and those ignored because their annotation is malformed. */
export interface TemplateSelection {
  applicable: SelfServiceTemplate[];
  invalid: InvalidTemplate[];
}

function toTemplate(template: Entity): SelfServiceTemplate {
  const { name, title, description } = template.metadata;
  return {
    ref: stringifyEntityRef(template),
    namespace: template.metadata.namespace ?? DEFAULT_NAMESPACE,
    name,
    title: title || name,
    description: description || undefined,
  };
}

function byTitle(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title, 'en');
}

/**
 * Splits the catalog's templates into those that apply to the entity and those whose
 * annotation is malformed (they apply to nothing, but their authors should hear why).
 */
export function selectTemplates(
  templates: Entity[],
  entity: Entity,
): TemplateSelection {
  const applicable: SelfServiceTemplate[] = [];
  const invalid: InvalidTemplate[] = [];
  for (const template of templates) {
    const result = readAppliesTo(template);
    if (!result) continue;
    if (!result.ok) {
      const { ref, title } = toTemplate(template);
      invalid.push({ ref, title, reason: result.reason });
    } else if (matchesAppliesTo(result, entity)) {
      applicable.push(toTemplate(template));
    }
  }
  return {
    applicable: applicable.sort(byTitle),
    invalid: invalid.sort(byTitle),
  };
}

/** Every template's title by its ref, to name the template of a run. */
export function templateTitles(templates: Entity[]): Map<string, string> {
  return new Map(
    templates.map(template => {
      const { ref, title } = toTemplate(template);
      return [ref, title];
    }),
  );
}

/**
 * The title of the template a run names, or its ref when the catalog does not know it (any
 * more). Catalog refs are lower case; a run's ref may not be.
 */
export function templateTitle(
  titles: ReadonlyMap<string, string>,
  templateRef: string,
): string {
  return titles.get(templateRef.toLocaleLowerCase('en-US')) ?? templateRef;
}
