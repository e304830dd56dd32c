import { RecordRunRequest } from '@agile-ops/plugin-maturity-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { parseEntityRefField } from '../service/entityRefs';

/**
 * Checks what the OpenAPI document cannot say about the body of `POST /self-service/runs`
 * (which the router's validator has checked for types and lengths): both refs follow the
 * catalog's rules and `templateRef` names a template. Returns the body with canonical
 * (lower-case) refs; the error message names the offending field.
 */
export function canonicalRunRequest(
  request: RecordRunRequest,
): RecordRunRequest {
  const templateRef = parseEntityRefField(request.templateRef, 'templateRef');
  if (parseEntityRef(templateRef).kind !== 'template') {
    throw new InputError(
      `templateRef must be the ref of a template like "template:default/name", got "${request.templateRef}"`,
    );
  }
  return {
    entityRef: parseEntityRefField(request.entityRef, 'entityRef'),
    templateRef,
    taskId: request.taskId,
  };
}
