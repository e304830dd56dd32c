/**
 * Spots annotations still written in the old `agile-ops/applies-to` form, which the filter
 * predicate language either rejects with a long list of schema errors (a list of values per
 * field) or accepts with another meaning (`metadata.tags: java` compares the whole list of tags
 * with one value, so it never matches). Either way the author gets the predicate to write.
 */

const TAGS = 'metadata.tags';

/** Whether a parsed YAML value is a mapping (an object, not a list or a scalar). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON is valid YAML too, so a suggestion in JSON can be pasted into either form. */
function show(value: unknown): string {
  return JSON.stringify(value);
}

/** The matcher for entities that have any of the given tags. */
function anyTag(tags: unknown[]): string {
  return tags.length === 1
    ? `{ $contains: ${show(tags[0])} }`
    : `{ $contains: { $any: ${show(tags)} } }`;
}

/** The tags that an old-style or equality matcher on `metadata.tags` meant, if it is one. */
function tagsMeant(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isMapping(value)) return Array.isArray(value.$in) ? value.$in : undefined;
  return value === null ? undefined : [value];
}

/** What is wrong with one field's matcher when it is written the old way, with the fix. */
function fieldProblem(field: string, value: unknown): string | undefined {
  if (field === TAGS) {
    const tags = tagsMeant(value);
    if (!tags) return undefined;
    const instead = anyTag(tags);
    return `"${TAGS}" is a list of tags, never equal to a value; write "${TAGS}": ${instead}`;
  }
  if (!Array.isArray(value)) return undefined;
  const instead = `{ $in: ${show(value)} }`;
  return `"${field}" lists its values as the old applies-to form did; write "${field}": ${instead}`;
}

function nestedProblem(value: unknown): string | undefined {
  // Anything that is not a mapping here is left to the library's schema to report.
  return isMapping(value) ? oldFormProblem(value) : undefined;
}

/**
 * The first field written the old way, anywhere under `$all`, `$any` and `$not`, with the
 * predicate to write instead; `undefined` when there is none.
 */
export function oldFormProblem(
  predicate: Record<string, unknown>,
): string | undefined {
  for (const [key, value] of Object.entries(predicate)) {
    let problem: string | undefined;
    if (key === '$all' || key === '$any') {
      problem = Array.isArray(value)
        ? value.map(nestedProblem).find(p => p !== undefined)
        : undefined;
    } else if (key === '$not') {
      problem = nestedProblem(value);
    } else if (!key.startsWith('$')) {
      problem = fieldProblem(key, value);
    }
    if (problem) return problem;
  }
  return undefined;
}
