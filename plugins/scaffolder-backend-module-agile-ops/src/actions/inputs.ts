import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

// The scaffolder checks a step's input against the action's JSON schema before the step runs,
// in dry runs too, and the actions take those schemas from the plugins' OpenAPI documents.
// What a schema cannot say is checked here: an entity ref parses (and is of the right kind),
// and an instant is a real one with its offset.

/**
 * Parses an entity ref named `field`: `kind:namespace/name`, namespace optional; with `kind`
 * given, the ref must be of that kind and may leave it out (`jo` for `user:default/jo`).
 */
export function requireEntityRef(
  value: unknown,
  field: string,
  kind?: string,
): CompoundEntityRef {
  const expected = `${field} must be ${
    kind
      ? `a ${kind} entity ref such as ${kind}:default/name`
      : 'an entity ref such as component:default/my-service'
  }`;
  if (typeof value !== 'string' || !value.trim()) {
    throw new InputError(expected);
  }
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(value.trim(), { defaultKind: kind });
  } catch {
    throw new InputError(`${expected}, got "${value}"`);
  }
  if (kind && ref.kind.toLocaleLowerCase('en-US') !== kind) {
    throw new InputError(`${expected}, got "${value}"`);
  }
  return ref;
}

/**
 * Reads an ISO 8601 date-time named `field`. It must carry its offset (`Z` or `+01:00`): a
 * local time without one would be read in the backend's own zone, which nobody chose.
 */
export function requireInstant(value: unknown, field: string): Date {
  const iso =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  if (typeof value !== 'string' || !iso.test(value)) {
    throw new InputError(
      `${field} must be an ISO 8601 date-time with a zone such as 2026-03-02T09:00:00Z, got ${describe(
        value,
      )}`,
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`${field} is not a real date-time: "${value}"`);
  }
  return date;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
