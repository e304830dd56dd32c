import express from 'express';
import request from 'supertest';
import { REDACTED_TOKEN, redactFeedToken } from './redactFeedToken';

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

/**
 * An app with a request log that, like Backstage's, reads `originalUrl` when the answer is
 * finished, and a feed route behind a nested router as the plugin mounts it.
 */
function app(status: number) {
  const logged: string[] = [];
  const seen: string[] = [];
  const plugin = express.Router();
  plugin.use('/feeds/:token', redactFeedToken);
  plugin.get('/feeds/:token/calendar.ics', (req, res) => {
    seen.push(req.params.token);
    res.status(status).send('x');
  });
  const root = express();
  root.use((req, res, next) => {
    res.on('finish', () => logged.push(req.originalUrl));
    next();
  });
  root.use('/api/oncall', plugin);
  return { root, logged, seen };
}

describe('redactFeedToken', () => {
  it.each([200, 404])(
    'keeps the token out of the request log (answer %s) but hands it to the route',
    async status => {
      const { root, logged, seen } = app(status);
      const res = await request(root).get(
        `/api/oncall/feeds/${TOKEN}/calendar.ics?from=2026-12-01T00%3A00%3A00Z`,
      );
      expect(res.status).toBe(status);
      expect(seen).toEqual([TOKEN]);
      expect(logged).toEqual([
        `/api/oncall/feeds/${REDACTED_TOKEN}/calendar.ics?from=2026-12-01T00%3A00%3A00Z`,
      ]);
    },
  );

  it('leaves other paths as they are', async () => {
    const { root, logged } = app(200);
    await request(root).get('/api/oncall/rotations/r1/calendar.ics');
    expect(logged).toEqual(['/api/oncall/rotations/r1/calendar.ics']);
  });
});
