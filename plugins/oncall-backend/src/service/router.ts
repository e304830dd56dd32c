import { dependencyOutages, jsonBodyParsing } from '@agile-ops/backend-common';
import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { UserCredentials } from './access';
import { FeedService } from './FeedService';
import { HandoffNoteService } from './HandoffNoteService';
import { queryWindow } from './inputErrors';
import { MAX_BODY } from './limits';
import { InterruptService } from './InterruptService';
import { NowService } from './NowService';
import { OncallImport } from './OncallImport';
import { OverrideService } from './OverrideService';
import { RotationService } from './RotationService';
import { redactFeedToken } from './redactFeedToken';
import { parseRefField } from './TeamDirectory';
import { TeamStatsService } from './TeamStatsService';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** The group ref of a `/teams/{namespace}/{name}` path. */
function teamFromPath(params: { namespace: string; name: string }): string {
  return parseRefField(
    `group:${params.namespace}/${params.name}`,
    'team',
    'group',
  );
}

/** The HTTP API of the on-call plugin, as described by `src/schema/openapi.yaml`. */
export async function createRouter(options: {
  rotations: RotationService;
  overrides: OverrideService;
  handoffNotes: HandoffNoteService;
  now: NowService;
  interrupts: InterruptService;
  stats: TeamStatsService;
  feeds: FeedService;
  imports: OncallImport;
  httpAuth: HttpAuthService;
  clock?: () => Date;
}) {
  const {
    rotations,
    overrides,
    handoffNotes,
    interrupts,
    stats,
    feeds,
    imports,
    httpAuth,
  } = options;
  const clock = options.clock ?? (() => new Date());
  const jsonBody = jsonBodyParsing(MAX_BODY);
  const router = await createOpenApiRouter({ middleware: [jsonBody.parser] });
  const user = async (req: express.Request) =>
    (await httpAuth.credentials(req, { allow: ['user'] })) as UserCredentials;
  const ahead = (weeks: number) => {
    const now = clock();
    return { from: now, to: new Date(now.getTime() + weeks * WEEK) };
  };

  router.get('/teams/:namespace/:name/rotations', async (req, res) => {
    res.json({
      rotations: await rotations.listForTeam(
        teamFromPath(req.params),
        await httpAuth.credentials(req),
      ),
    });
  });

  router.post('/rotations', async (req, res) => {
    res
      .status(201)
      .json(await rotations.create(req.body, await user(req), req));
  });

  router.post('/rotations/import', async (req, res) => {
    res
      .status(201)
      .json(await rotations.importCalendar(req.body, await user(req), req));
  });

  router.post('/import', async (req, res) => {
    // A migration script signed in as a user, or another backend (the portal's demo data).
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await imports.run(req.body, credentials, req));
  });

  router.get('/rotations/:id', async (req, res) => {
    res.json(
      await rotations.get(req.params.id, await httpAuth.credentials(req)),
    );
  });

  router.delete('/rotations/:id', async (req, res) => {
    await rotations.remove(req.params.id, await user(req), req);
    res.status(204).end();
  });

  router.post('/rotations/:id/versions', async (req, res) => {
    res
      .status(201)
      .json(
        await rotations.addVersion(
          req.params.id,
          req.body,
          await user(req),
          req,
        ),
      );
  });

  router.get('/rotations/:id/shifts', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { from, to } = queryWindow(req.query, ahead(4));
    res.json(await rotations.shifts(req.params.id, from, to, credentials));
  });

  // iCal times have whole seconds; a window on the hour also keeps the clipped first event
  // (and its UID) the same across a calendar app's refreshes within the hour.
  const calendarWindow = (query: express.Request['query']) => {
    const hour = Math.floor(clock().getTime() / HOUR) * HOUR;
    return queryWindow(query, {
      from: new Date(hour - 4 * WEEK),
      to: new Date(hour + 26 * WEEK),
    });
  };
  const sendCalendar = (
    res: express.Response,
    rotationId: string,
    ics: string,
  ) => {
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `inline; filename="rotation-${rotationId}.ics"`,
    );
    // A feed is a secret of its subscribers: no shared cache may keep a copy.
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(ics);
  };

  router.get('/rotations/:id/calendar.ics', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { from, to } = calendarWindow(req.query);
    const ics = await feeds.calendar(req.params.id, from, to, credentials);
    sendCalendar(res, req.params.id, ics);
  });

  router.post('/rotations/:id/feed-token', async (req, res) => {
    res
      .status(201)
      .json(await feeds.issueToken(req.params.id, await user(req), req));
  });

  router.delete('/rotations/:id/feed-token', async (req, res) => {
    await feeds.revokeToken(req.params.id, await user(req), req);
    res.status(204).end();
  });

  // Calendar apps cannot send a Backstage token: the plugin lets this path through
  // unauthenticated, and the secret token in it is the credential.
  router.get('/feeds/:token/calendar.ics', async (req, res) => {
    const { from, to } = calendarWindow(req.query);
    const { rotationId, ics } = await feeds.calendarForToken(
      req.params.token,
      from,
      to,
    );
    sendCalendar(res, rotationId, ics);
  });

  router.get('/rotations/:id/overrides', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { from, to } = queryWindow(req.query, ahead(4));
    res.json({
      overrides: await overrides.list(req.params.id, from, to, credentials),
    });
  });

  router.post('/rotations/:id/overrides', async (req, res) => {
    res
      .status(201)
      .json(
        await overrides.create(req.params.id, req.body, await user(req), req),
      );
  });

  router.delete('/rotations/:id/overrides/:overrideId', async (req, res) => {
    await overrides.remove(
      req.params.id,
      req.params.overrideId,
      await user(req),
      req,
    );
    res.status(204).end();
  });

  router.get('/rotations/:id/handoffs', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { from, to } = queryWindow(req.query, ahead(4));
    res.json({
      handoffs: await handoffNotes.handoffs(
        req.params.id,
        from,
        to,
        credentials,
      ),
    });
  });

  router.post('/rotations/:id/handoffs/notes', async (req, res) => {
    res
      .status(201)
      .json(
        await handoffNotes.createNote(
          req.params.id,
          req.body,
          await user(req),
          req,
        ),
      );
  });

  router.get('/entities/:kind/:namespace/:name/now', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { kind, namespace, name } = req.params;
    const entityRef = parseRefField(`${kind}:${namespace}/${name}`, 'entity');
    res.json(await options.now.forEntity(entityRef, credentials));
  });

  router.get('/teams/:namespace/:name/now', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const team = teamFromPath(req.params);
    res.json(await options.now.forEntity(team, credentials));
  });

  router.get('/interrupts', async (req, res) => {
    res.json(await interrupts.list(req.query, await httpAuth.credentials(req)));
  });

  router.post('/interrupts', async (req, res) => {
    res.status(201).json(
      await interrupts.create(req.body, await user(req), {
        request: req,
        // The schema allows manual and self-service only; imports set `import` themselves.
        source: req.body.source,
      }),
    );
  });

  router.patch('/interrupts/:id', async (req, res) => {
    res.json(
      await interrupts.update(req.params.id, req.body, await user(req), req),
    );
  });

  router.get('/interrupts/:id/edits', async (req, res) => {
    res.json(
      await interrupts.edits(req.params.id, await httpAuth.credentials(req)),
    );
  });

  router.delete('/interrupts/:id', async (req, res) => {
    await interrupts.remove(req.params.id, await user(req), req);
    res.status(204).end();
  });

  router.get('/teams/:namespace/:name/interrupt-stats', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await stats.stats(teamFromPath(req.params), req.query, credentials),
    );
  });

  router.get('/teams/:namespace/:name/capacity', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await stats.capacity(teamFromPath(req.params), credentials));
  });

  router.put('/teams/:namespace/:name/capacity', async (req, res) => {
    res.json(
      await stats.setCapacity(
        teamFromPath(req.params),
        req.body,
        await user(req),
        req,
      ),
    );
  });

  const outer = express.Router();
  outer.use('/feeds/:token', redactFeedToken);
  outer.use(jsonBody.wrap(router));
  outer.use(dependencyOutages('oncall'));
  return outer;
}
