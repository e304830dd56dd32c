import { Entity } from '@backstage/catalog-model';

/**
 * The template annotation that says which entities a self-service template is for.
 *
 * @public
 */
export const APPLIES_TO_ANNOTATION = 'agile-ops/applies-to';

/**
 * The entity fields an `agile-ops/applies-to` annotation may name.
 *
 * @public
 */
export const APPLIES_TO_KEYS = [
  'kind',
  'spec.type',
  'spec.lifecycle',
  'metadata.tags',
] as const;

/**
 * One field an `agile-ops/applies-to` annotation may name.
 *
 * @public
 */
export type AppliesToKey = (typeof APPLIES_TO_KEYS)[number];

/**
 * A parsed `agile-ops/applies-to` annotation: the accepted values per field, each list non-empty.
 *
 * @public
 */
export type AppliesTo = Partial<Record<AppliesToKey, string[]>>;

/**
 * The outcome of parsing an `agile-ops/applies-to` annotation: the rule, or why it is unusable.
 *
 * @public
 */
export type AppliesToParseResult =
  | { ok: true; appliesTo: AppliesTo }
  | { ok: false; reason: string };

const KNOWN_KEYS: ReadonlySet<string> = new Set(APPLIES_TO_KEYS);

function invalid(reason: string): AppliesToParseResult {
  return { ok: false, reason };
}

/** A key's value as a list, or the reason it is not a usable one. */
function parseValues(key: string, value: unknown): string[] | string {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every(v => typeof v === 'string')) {
    return `"${key}" must be a string or a list of strings`;
  }
  // An empty list or string can never match; saying so beats a template that silently never shows.
  if (values.length === 0) {
    return `"${key}" lists no value, so no entity could match`;
  }
  if (values.some(v => v.trim() === '')) {
    return `"${key}" has an empty value`;
  }
  return values;
}

/**
 * Parses the value of an `agile-ops/applies-to` annotation: a JSON object whose keys are
 * {@link APPLIES_TO_KEYS} and whose values are a string or a list of strings.
 *
 * @remarks
 * Unknown keys make the whole value invalid rather than being ignored: a misspelt key would
 * otherwise widen the template to entities it was not meant for.
 *
 * @public
 */
export function parseAppliesTo(value: string): AppliesToParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    return invalid(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalid('must be a JSON object such as {"kind":["component"]}');
  }
  const appliesTo: AppliesTo = {};
  for (const [key, raw] of Object.entries(parsed)) {
    if (!KNOWN_KEYS.has(key)) {
      return invalid(`unknown key "${key}"; use ${APPLIES_TO_KEYS.join(', ')}`);
    }
    const values = parseValues(key, raw);
    if (typeof values === 'string') return invalid(values);
    appliesTo[key as AppliesToKey] = values;
  }
  return { ok: true, appliesTo };
}

/**
 * Reads and parses a template's `agile-ops/applies-to` annotation; `undefined` when the template
 * has none.
 *
 * @public
 */
export function readAppliesTo(
  template: Entity,
): AppliesToParseResult | undefined {
  const value = template.metadata.annotations?.[APPLIES_TO_ANNOTATION];
  return value === undefined ? undefined : parseAppliesTo(value);
}

function lowerCase(value: string): string {
  return value.toLocaleLowerCase('en-US');
}

/** The entity's values of one field; kinds in lower case, as they compare case-insensitively. */
function entityValues(entity: Entity, key: AppliesToKey): string[] {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  switch (key) {
    case 'kind':
      return [lowerCase(entity.kind)];
    case 'spec.type':
    case 'spec.lifecycle': {
      const value = spec[key === 'spec.type' ? 'type' : 'lifecycle'];
      return typeof value === 'string' ? [value] : [];
    }
    case 'metadata.tags':
      return entity.metadata.tags ?? [];
    default:
      return [];
  }
}

/**
 * Whether an entity matches a parsed `agile-ops/applies-to` rule: every named field must match,
 * a field matching when the entity has any of the listed values (for tags: any of its tags).
 *
 * @public
 */
export function entityMatchesAppliesTo(
  appliesTo: AppliesTo,
  entity: Entity,
): boolean {
  return APPLIES_TO_KEYS.every(key => {
    const accepted = appliesTo[key];
    if (!accepted) return true;
    const wanted = key === 'kind' ? accepted.map(lowerCase) : accepted;
    const actual = entityValues(entity, key);
    return wanted.some(value => actual.includes(value));
  });
}

/**
 * Whether a self-service template applies to an entity. A template without the annotation, or
 * with a value that does not parse, applies to nothing: templates are opted in, never out.
 *
 * @public
 */
export function templateAppliesTo(template: Entity, entity: Entity): boolean {
  const result = readAppliesTo(template);
  return (
    result?.ok === true && entityMatchesAppliesTo(result.appliesTo, entity)
  );
}
