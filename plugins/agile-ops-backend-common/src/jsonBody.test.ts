import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { jsonBodyParsing } from './jsonBody';

function app() {
  const { parser, wrap } = jsonBodyParsing('1kb');
  const inner = express.Router();
  // Stands in for the OpenAPI router, whose validator turns any error into a 400.
  inner.use(parser, ((_error, _req, res, _next) => {
    res.status(400).json({ error: { message: 'swallowed by the validator' } });
  }) as express.ErrorRequestHandler);
  inner.post('/echo', (req, res) => {
    res.json(req.body);
  });
  return express().use(wrap(inner)).use(mockErrorHandler());
}

describe('jsonBodyParsing', () => {
  it('parses a body once and hands it to the routes', async () => {
    const response = await request(app()).post('/echo').send({ a: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ a: 1 });
  });

  it('answers an oversized body with a 413, not the validator 400', async () => {
    const response = await request(app())
      .post('/echo')
      .send({ text: 'x'.repeat(2048) });
    expect(response.status).toBe(413);
  });

  it('answers malformed JSON with a 400 InputError', async () => {
    const response = await request(app())
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send('{"a":');
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
  });
});
