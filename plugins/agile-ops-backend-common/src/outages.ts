import { ServiceUnavailableError } from '@backstage/errors';
import express from 'express';

// Error codes of a database that is not there: the socket's, and PostgreSQL's own for a server
// that is shutting down, starting up or dropped the connection (SQLSTATE classes 08 and 57P).
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

// What pg and knex say when a connection goes away under a query or none can be had.
const CONNECTION_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Timeout acquiring a connection|the database system is (starting up|shutting down)/i;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  // A short walk: wrapped errors nest a few levels deep at most, and a cycle must not hang us.
  for (
    let e = error;
    e && chain.length < 6;
    e = (e as { cause?: unknown }).cause
  ) {
    chain.push(e);
  }
  return chain;
}

function isConnectionLoss(error: unknown): boolean {
  return causes(error).some(e => {
    const { name, code, message } = e as {
      name?: unknown;
      code?: unknown;
      message?: unknown;
    };
    return (
      name === 'KnexTimeoutError' ||
      (typeof code === 'string' && CONNECTION_CODES.has(code)) ||
      (typeof message === 'string' && CONNECTION_MESSAGES.test(message))
    );
  });
}

// The catalog answered 5xx (its own database is gone, or it is restarting): our read cannot be
// checked against it, so the caller should retry rather than see an internal error.
function isCatalogOutage(error: unknown): boolean {
  const { name, statusCode } = error as {
    name?: unknown;
    statusCode?: unknown;
  };
  return (
    name === 'ResponseError' &&
    typeof statusCode === 'number' &&
    statusCode >= 500
  );
}

/**
 * Says whether an error means a dependency is down (the database, or the catalog answering
 * 5xx) rather than a fault of the request or of our code.
 *
 * @public
 */
export function isDependencyOutage(error: unknown): boolean {
  return isConnectionLoss(error) || isCatalogOutage(error);
}

/**
 * An error middleware that turns a lost database or catalog into a 503 with a message and a
 * `Retry-After`, so clients and load balancers see a passing outage for what it is instead of a
 * 500 (or a request that hangs until the pool gives up).
 *
 * @param pluginId - named in the message, so a caller knows whose dependency is down
 * @public
 */
export function dependencyOutages(
  pluginId: string,
): express.ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (!isDependencyOutage(error)) {
      next(error);
      return;
    }
    if (!res.headersSent) res.setHeader('Retry-After', '5');
    next(
      new ServiceUnavailableError(
        `${pluginId} cannot reach its database or the catalog right now; try again in a few seconds`,
        error,
      ),
    );
  };
}
