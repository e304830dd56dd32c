import { InputError } from '@backstage/errors';
import express from 'express';

/**
 * The JSON body parser of a plugin's routes and the wrapper that keeps its errors honest.
 *
 * @remarks
 * This is the one error translation the plugins do themselves: the OpenAPI router's validator
 * turns every error that reaches it into a 400 InputError, which would hide the 413 of an
 * oversized body. So the body is parsed in front of the OpenAPI router (`wrap`), an oversized
 * body goes on as the parser's 413 and malformed JSON as a 400; inside, the same parser
 * (`parser`, passed as the OpenAPI router's middleware) finds the body parsed and does nothing.
 *
 * @public
 */
export function jsonBodyParsing(limit: string): {
  parser: express.RequestHandler;
  wrap: (router: express.Router) => express.Router;
} {
  const parser = express.json({ limit });
  const translate: express.ErrorRequestHandler = (error, _req, _res, next) => {
    next(
      error?.type === 'entity.too.large'
        ? error
        : new InputError(String(error?.message ?? error)),
    );
  };
  return {
    parser,
    wrap: router => {
      const outer = express.Router();
      outer.use(parser, translate);
      outer.use(router);
      return outer;
    },
  };
}
