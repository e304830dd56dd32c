import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { csvLine } from './csv';
import { entityRefFromPath } from './entityRefs';
import { dependencyOutages, jsonBodyParsing } from '@agile-ops/backend-common';
import { LIMITS } from './limits';
import { MaturityService } from './MaturityService';
import { AssessmentImport } from './AssessmentImport';
import { OperationsService } from '../rollups/OperationsService';
import { RollupService } from '../rollups/RollupService';
import { ORGANIZATION_REF } from '../rollups/DatabaseRollupStore';
import { SelfServiceService } from '../selfService/SelfServiceService';
import { isScaffolderForUser } from './principals';
import { ProposalDecisions } from '../evidence/ProposalDecisions';
import { ExplainService } from '../explain/ExplainService';
import { FactPush } from '../evidence/pushed/FactPush';

const EXPORT_COLUMNS = [
  'entityRef',
  'vector',
  'score',
  'stale',
  'recordedAt',
  'recordedBy',
  'source',
  'rubricVersion',
  'rationale',
] as const;

/** The organisation scope is addressed as organization/default/all; the rest are entities. */
function scopeRefFromPath(params: {
  kind: string;
  namespace: string;
  name: string;
}) {
  const ref =
    params.kind.toLocaleLowerCase('en-US') === 'organization'
      ? `organization:${params.namespace}/${params.name}`.toLocaleLowerCase(
          'en-US',
        )
      : entityRefFromPath(params);
  if (ref.startsWith('organization:') && ref !== ORGANIZATION_REF) {
    throw new InputError(
      `the organization scope is ${ORGANIZATION_REF.replace(':', '/')}`,
    );
  }
  return ref;
}

// Waits when the client reads slower than the export is produced, so a slow reader holds
// one page of rows in memory, not the whole export. False once the client has gone.
async function write(res: express.Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk)) {
    await new Promise<void>(resolve => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  return !res.destroyed;
}

/** The HTTP API of the maturity plugin, as described by `src/schema/openapi.yaml`. */
export async function createRouter(options: {
  service: MaturityService;
  rollups: RollupService;
  operations: OperationsService;
  selfService: SelfServiceService;
  assessmentImport: AssessmentImport;
  decisions: ProposalDecisions;
  explain: ExplainService;
  facts: FactPush;
  httpAuth: HttpAuthService;
}) {
  const {
    service,
    rollups,
    operations,
    selfService,
    assessmentImport,
    decisions,
    explain,
    facts,
    httpAuth,
  } = options;
  const jsonBody = jsonBodyParsing(LIMITS.body);
  const router = await createOpenApiRouter({
    middleware: [jsonBody.parser],
  });

  router.get('/vectors', async (_req, res) => {
    res.json(service.getVectors());
  });

  router.get('/entities/:kind/:namespace/:name/scorecard', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await service.getScorecard(entityRefFromPath(req.params), credentials),
    );
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await service.getHistory(
        entityRefFromPath(req.params),
        req.query,
        credentials,
      ),
    );
  });

  router.get(
    '/entities/:kind/:namespace/:name/assessments',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      res.json(
        await service.listAssessments(
          entityRefFromPath(req.params),
          req.query,
          credentials,
        ),
      );
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/assessments',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { replayed, ...result } = await service.assess(
        entityRefFromPath(req.params),
        req.body,
        credentials,
        {
          idempotencyKeyHeader: req.header('idempotency-key'),
          // A scaffolder task acting for the user records what the template did.
          ...(isScaffolderForUser(credentials)
            ? { source: 'action' as const }
            : {}),
          request: req,
        },
      );
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      res.status(201).json(result);
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/evidence/accept',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { replayed, ...result } = await decisions.accept(
        entityRefFromPath(req.params),
        req.body,
        credentials,
        req,
      );
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      res.status(201).json(result);
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/evidence/dismiss',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      res.json(
        await decisions.dismiss(
          entityRefFromPath(req.params),
          req.body,
          credentials,
          req,
        ),
      );
    },
  );

  router.post('/import/assessments', async (req, res) => {
    // A migration script signed in as a user, or another backend (the demo's history).
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await assessmentImport.run(req.body, credentials, req));
  });

  router.post('/facts', async (req, res) => {
    // A CI job with a service token (restricted to maturity.facts.push), or a user the
    // policy allows; either is stored as who pushed the facts.
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await facts.push(req.body, credentials, req));
  });

  router.post('/scorecards', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await service.getScorecards(req.body, credentials));
  });

  router.get('/export', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const format = req.query.format ?? 'json';
    const rows = service.exportRows(req.query.scope, credentials);
    // Pull the first row before sending headers, so a bad scope still gets a proper error.
    const first = await rows.next();
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        'attachment; filename="maturity-scores.csv"',
      );
      res.write(csvLine([...EXPORT_COLUMNS]));
      for (let row = first; !row.done; row = await rows.next()) {
        const line = csvLine(EXPORT_COLUMNS.map(column => row.value[column]));
        if (!(await write(res, line))) break;
      }
    } else {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.write('[');
      for (
        let row = first, sep = '';
        !row.done;
        row = await rows.next(), sep = ','
      ) {
        if (!(await write(res, sep + JSON.stringify(row.value)))) break;
      }
      res.write(']');
    }
    // Stops reading pages when the client went away mid-export.
    await rows.return(undefined);
    res.end();
  });

  router.get('/rollups', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { scope, sort, order, limit, cursor } = req.query;
    res.json(
      await rollups.list({ scope, sort, order, limit, cursor }, credentials),
    );
  });

  router.get('/rollups/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await rollups.get(scopeRefFromPath(req.params), credentials));
  });

  router.get('/rollups/:kind/:namespace/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { vector, from, to } = req.query;
    const scopeRef = scopeRefFromPath(req.params);
    await rollups.requireReadableScope(scopeRef, credentials);
    res.json(
      await operations.rollupHistory(scopeRef, {
        vector,
        from,
        to,
      }),
    );
  });

  router.get('/rollups/:kind/:namespace/:name/reassess', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { limit } = req.query;
    res.json(
      await rollups.reassess(
        scopeRefFromPath(req.params),
        { limit },
        credentials,
      ),
    );
  });

  router.get('/rollups/:kind/:namespace/:name/explain', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await explain.explainScope(
        scopeRefFromPath(req.params),
        req.query,
        credentials,
      ),
    );
  });

  router.get('/entities/:kind/:namespace/:name/explain', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await explain.explainEntity(
        entityRefFromPath(req.params),
        req.query,
        credentials,
      ),
    );
  });

  router.get('/status', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await operations.status(credentials));
  });

  router.post('/hierarchy/refresh', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.status(202).json(await operations.refreshHierarchy(credentials, req));
  });

  router.post('/self-service/runs', async (req, res) => {
    // Scaffolder tasks call on behalf of the user who started them, so the run is theirs;
    // the service refuses users calling for themselves.
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { run, replayed } = await selfService.record(
      req.body,
      credentials,
      req,
    );
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(replayed ? 200 : 201).json(run);
  });

  router.get(
    '/entities/:kind/:namespace/:name/self-service',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      res.json(
        await selfService.usage(entityRefFromPath(req.params), credentials),
      );
    },
  );

  router.get('/teams/:namespace/:name/self-service', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const groupRef = entityRefFromPath({ kind: 'group', ...req.params });
    res.json(await selfService.teamUsage(groupRef, credentials));
  });

  const outer = jsonBody.wrap(router);
  outer.use(dependencyOutages('maturity'));
  return outer;
}
