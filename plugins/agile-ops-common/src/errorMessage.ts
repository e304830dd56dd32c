import { ResponseError } from '@backstage/errors';

/**
 * The message to show for a failed call: for an HTTP error the backend's own message (a 400
 * names the field it refused), not the generic "Request failed with 400 Bad Request".
 *
 * @public
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
