import { Entity } from '@backstage/catalog-model';
import {
  evaluateFilterPredicate,
  FilterPredicate,
  parseFilterPredicate,
} from '@backstage/filter-predicates';
import { parse as parseYaml } from 'yaml';
import { isMapping, oldFormProblem } from './appliesToOldForm';

/**
 * The template annotation that says which entities a self-service template is for: a Backstage
 * filter predicate over the entity, written as YAML or JSON.
 *
 * @public
 */
export const APPLIES_TO_ANNOTATION = 'agile-ops/applies-to';

/**
 * The outcome of parsing an `agile-ops/applies-to` annotation: the predicate, or why it is
 * unusable.
 *
 * @public
 */
export type AppliesToParseResult =
  | { ok: true; predicate: FilterPredicate }
  | { ok: false; reason: string };

function invalid(reason: string): AppliesToParseResult {
  return { ok: false, reason };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The library's message without the prefixes that the "not a valid filter predicate" wording
 * around it already says.
 */
function predicateProblem(error: unknown): string {
  return messageOf(error).replace(
    /^Invalid filter predicate:\s*(Validation error:\s*)?/,
    '',
  );
}

/**
 * Parses the value of an `agile-ops/applies-to` annotation: YAML or JSON text of a Backstage
 * filter predicate, such as `{ kind: component, spec.type: service }`.
 *
 * @remarks
 * Only a mapping is accepted at the top: a bare value such as `component` is a valid predicate
 * that no entity matches, so it is reported instead of silently hiding the template. So is the
 * old applies-to form (a list of values per field, or `metadata.tags` compared to one tag),
 * with the predicate to write instead.
 *
 * @public
 */
export function parseAppliesTo(value: string): AppliesToParseResult {
  let parsed: unknown;
  try {
    // Warnings (an unknown tag, say) would be logged on every render; errors still throw.
    parsed = parseYaml(value, { logLevel: 'error' });
  } catch (error) {
    // The YAML parser adds a code frame after the first line; the card has no room for it.
    return invalid(
      `not valid YAML or JSON (${messageOf(error).split('\n')[0]})`,
    );
  }
  if (!isMapping(parsed)) {
    return invalid(
      'must be a filter predicate mapping such as { kind: component, spec.type: service }',
    );
  }
  const oldForm = oldFormProblem(parsed);
  if (oldForm) return invalid(oldForm);
  try {
    return { ok: true, predicate: parseFilterPredicate(parsed) };
  } catch (error) {
    return invalid(`not a valid filter predicate (${predicateProblem(error)})`);
  }
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

/**
 * Whether an entity matches a parsed `agile-ops/applies-to` result; an unusable one matches
 * nothing.
 */
export function matchesAppliesTo(
  result: AppliesToParseResult,
  entity: Entity,
): boolean {
  return result.ok && evaluateFilterPredicate(result.predicate, entity);
}

/**
 * Whether a self-service template applies to an entity. A template without the annotation, or
 * with a value that does not parse, applies to nothing: templates are opted in, never out.
 *
 * @public
 */
export function templateAppliesTo(template: Entity, entity: Entity): boolean {
  const result = readAppliesTo(template);
  return result !== undefined && matchesAppliesTo(result, entity);
}
