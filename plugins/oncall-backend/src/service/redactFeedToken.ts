import { RequestHandler } from 'express';

/** What the backend's request log shows in place of a feed token. */
export const REDACTED_TOKEN = 'REDACTED';

/**
 * Takes the feed token out of `req.originalUrl`; mounted on `/feeds/:token`. Backstage's
 * request log (the root router's logging middleware) writes `originalUrl` once the answer is
 * finished, so with this the secret of a calendar feed does not land in the backend's log.
 * The route reads the token from `req.params`, which this leaves alone.
 */
export const redactFeedToken: RequestHandler = (req, _res, next) => {
  const { token } = req.params;
  if (token) {
    req.originalUrl = req.originalUrl.split(token).join(REDACTED_TOKEN);
  }
  next();
};
