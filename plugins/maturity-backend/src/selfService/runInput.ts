import { RecordRunRequest } from '@agile-ops/plugin-maturity-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { parseEntityRefField } from '../service/entityRefs';

/** The longest scaffolder task id accepted; the column is as wide. */
export const MAX_TASK_ID_LENGTH = 200;

function requiredText(input: Record<string, unknown>, field: string) {
  const value = input[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`${field} must be a non-empty text`);
  }
  return value;
}

/**
 * Checks the body of `POST /self-service/runs` from any caller and returns it with canonical
 * (lower-case) refs; the error message names the offending field.
 */
export function parseRecordRunRequest(body: unknown): RecordRunRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('the request body must be a JSON object');
  }
  const input = body as Record<string, unknown>;
  const entityRef = parseEntityRefField(
    requiredText(input, 'entityRef'),
    'entityRef',
  );
  const templateRef = parseEntityRefField(
    requiredText(input, 'templateRef'),
    'templateRef',
  );
  if (parseEntityRef(templateRef).kind !== 'template') {
    throw new InputError(
      `templateRef must be the ref of a template like "template:default/name", got "${input.templateRef}"`,
    );
  }
  const taskId = requiredText(input, 'taskId');
  if (taskId.length > MAX_TASK_ID_LENGTH) {
    throw new InputError(
      `taskId must be at most ${MAX_TASK_ID_LENGTH} characters long`,
    );
  }
  return { entityRef, templateRef, taskId };
}
