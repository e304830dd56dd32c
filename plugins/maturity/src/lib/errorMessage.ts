import { ResponseError } from '@backstage/errors';

/**
 * What went wrong, in the words of whoever knows best: for a failed backend call the backend's
 * own message (e.g. which field was rejected), not the generic "Request failed with 400".
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
