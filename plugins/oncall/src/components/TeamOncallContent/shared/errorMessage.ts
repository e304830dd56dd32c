import { ResponseError } from '@backstage/errors';

/**
 * The message to show for a failed call: the server's own message for an HTTP error (a 400
 * names the bad field), not the generic "Request failed with 400 Bad Request".
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message || error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
