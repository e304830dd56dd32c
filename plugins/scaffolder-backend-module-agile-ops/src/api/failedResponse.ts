import { ResponseError } from '@backstage/errors';

// A proxy's HTML error page should not flood the task log.
const MAX_SAID = 300;

/**
 * The error for a non-2xx `response` of `who` (a plugin id or a URL), read with Backstage's
 * `ResponseError.fromResponse`. The scaffolder shows a failed step's message, so the message
 * says who answered what: `{who} answered {status}: {their error message}`; the
 * `ResponseError` (status, parsed body, the upstream's own error) is its `cause`.
 */
export async function failedResponseError(
  who: string,
  response: Response,
): Promise<Error> {
  const error = await ResponseError.fromResponse(response);
  const said = error.cause.message;
  return new Error(
    `${who} answered ${response.status}: ${
      said.length > MAX_SAID ? `${said.slice(0, MAX_SAID)}…` : said
    }`,
    { cause: error },
  );
}

/** The HTTP status of an error made by {@link failedResponseError}, else `undefined`. */
export function failedStatus(error: unknown): number | undefined {
  return error instanceof Error && error.cause instanceof ResponseError
    ? error.cause.response.status
    : undefined;
}
