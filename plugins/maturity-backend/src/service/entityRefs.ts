import {
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

const KIND_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,62}$/;

/**
 * Builds the canonical (lower-case) ref of the entity named by a route's path parameters,
 * rejecting malformed parts with the parameter named.
 */
export function entityRefFromPath(params: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  if (!KIND_PATTERN.test(params.kind)) {
    throw new InputError(
      `kind must be an entity kind such as "component", got "${params.kind}"`,
    );
  }
  // Refs are case-insensitive (`Default` is `default`); namespaces are stored in lower case.
  if (
    !KubernetesValidatorFunctions.isValidNamespace(
      params.namespace.toLocaleLowerCase('en-US'),
    )
  ) {
    throw new InputError(
      `namespace must be a valid entity namespace, got "${params.namespace}"`,
    );
  }
  if (!KubernetesValidatorFunctions.isValidObjectName(params.name)) {
    throw new InputError(
      `name must be a valid entity name, got "${params.name}"`,
    );
  }
  return stringifyEntityRef(params).toLocaleLowerCase('en-US');
}

/** Parses a full entity ref string such as `component:default/foo`; `field` names it in errors. */
export function parseEntityRefField(value: string, field: string): string {
  try {
    return entityRefFromPath(parseEntityRef(value));
  } catch {
    throw new InputError(
      `${field} must be an entity ref like "component:default/name", got "${value}"`,
    );
  }
}
