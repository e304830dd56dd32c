import { InputError } from '@backstage/errors';
import express from 'express';

/** Bodies above this size get a 413 before any parsing work is done. */
const MAX_BODY = '256kb';

/** The JSON body parser of every route, with the plugin's size limit. */
export const jsonBody = express.json({ limit: MAX_BODY });

/**
 * Parses the body in front of `router` (the OpenAPI router) and hands parser errors on as the
 * framework would answer them. This is the one error translation the plugin does itself: the
 * OpenAPI router's validator turns every error that reaches it into a 400 InputError, which
 * would hide the 413 of an oversized body. Malformed JSON stays a 400. Inside, the same
 * parser then finds the body already parsed and does nothing.
 */
export function parsingJsonFirst(router: express.Router): express.Router {
  const outer = express.Router();
  outer.use(jsonBody, ((error, _req, _res, next) => {
    next(
      error?.type === 'entity.too.large'
        ? error
        : new InputError(String(error?.message ?? error)),
    );
  }) as express.ErrorRequestHandler);
  outer.use(router);
  return outer;
}
