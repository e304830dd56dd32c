import { apiErrorBody, setupFakeBackend } from '@agile-ops/test-utils/frontend';
import { ResponseError } from '@backstage/errors';
import {
  makeAssessmentResult,
  makeHistory,
  makeRollup,
  makeRubric,
  makeScorecard,
} from '../__testUtils__/fixtures';
import { MaturityClient } from './MaturityClient';

const BASE = 'http://localhost:7007/api/maturity';

const backend = setupFakeBackend(BASE);
const { requests } = backend;
const createClient = () => backend.createClient(MaturityClient);

describe('MaturityClient', () => {
  it('reads the rubric from the maturity backend found by discovery', async () => {
    const rubric = makeRubric();
    backend.answer(() => ({ json: rubric }));
    const { client, discoveryApi } = createClient();

    await expect(client.getVectors()).resolves.toEqual(rubric);
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('maturity');
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url.href).toBe(`${BASE}/vectors`);
  });

  it('addresses an entity as kind/namespace/name with every part URL-encoded', async () => {
    const scorecard = makeScorecard({ documentation: 3 });
    backend.answer(() => ({ json: scorecard }));
    const { client } = createClient();

    await expect(
      client.getScorecard('component:team a/pay#ments?x'),
    ).resolves.toEqual(scorecard);
    await client.getScorecard('component:payments');

    expect(requests.map(r => r.url.pathname)).toEqual([
      '/api/maturity/entities/component/team%20a/pay%23ments%3Fx/scorecard',
      '/api/maturity/entities/component/default/payments/scorecard',
    ]);
    expect(requests[0].url.search).toBe('');
  });

  it('merges every page of the history by following nextCursor', async () => {
    const first = {
      ...makeHistory([
        {
          at: '2026-01-01T00:00:00.000Z',
          scores: { stability: 1, currency: 2 },
        },
      ]),
      nextCursor: 'page-2',
    };
    const second = {
      ...makeHistory([
        { at: '2026-02-01T00:00:00.000Z', scores: { stability: 3 } },
      ]),
      nextCursor: 'page 3/+',
    };
    const third = makeHistory([
      { at: '2026-03-01T00:00:00.000Z', scores: { happiness: 4 } },
    ]);
    backend.answer(url => {
      const cursor = url.searchParams.get('cursor');
      if (cursor === null) return { json: first };
      return { json: cursor === 'page-2' ? second : third };
    });
    const { client } = createClient();

    const history = await client.getHistory('component:default/payments', {
      vector: 'stability',
      from: '2026-01-01T00:00:00.000Z',
    });

    expect(requests).toHaveLength(3);
    const params = requests.map(r => Object.fromEntries(r.url.searchParams));
    expect(params[0]).toEqual({
      vector: 'stability',
      from: '2026-01-01T00:00:00.000Z',
      limit: '1000',
    });
    expect(params[1]).toEqual({ ...params[0], cursor: 'page-2' });
    // The cursor is opaque and goes back exactly as received.
    expect(params[2].cursor).toBe('page 3/+');
    expect(requests[0].url.pathname).toBe(
      '/api/maturity/entities/component/default/payments/history',
    );

    expect(history.nextCursor).toBeUndefined();
    expect(history.entityRef).toBe('component:default/payments');
    const scores = Object.fromEntries(
      history.series.map(s => [s.vector, s.points.map(p => [p.at, p.score])]),
    );
    expect(scores).toEqual({
      stability: [
        ['2026-01-01T00:00:00.000Z', 1],
        ['2026-02-01T00:00:00.000Z', 3],
      ],
      currency: [['2026-01-01T00:00:00.000Z', 2]],
      happiness: [['2026-03-01T00:00:00.000Z', 4]],
    });
  });

  it('asks for the whole history in one request when there is one page', async () => {
    backend.answer(() => ({ json: makeHistory([]) }));
    const { client } = createClient();

    await expect(
      client.getHistory('component:default/payments'),
    ).resolves.toEqual({ entityRef: 'component:default/payments', series: [] });
    expect(requests).toHaveLength(1);
    expect(requests[0].url.search).toBe('?limit=1000');
  });

  it('posts an assessment as JSON and returns the result', async () => {
    const request = {
      scores: [
        { vector: 'stability' as const, score: 4, rationale: 'No incident' },
      ],
      comment: 'Quarterly review',
      idempotencyKey: 'key-1',
    };
    const result = makeAssessmentResult(request);
    backend.answer(() => ({ status: 201, json: result }));
    const { client } = createClient();

    await expect(
      client.createAssessment('Component:default/payments', request),
    ).resolves.toEqual(result);
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('POST');
    expect(requests[0].url.pathname).toBe(
      '/api/maturity/entities/Component/default/payments/assessments',
    );
    expect(requests[0].type).toMatch(/^application\/json/);
    expect(JSON.parse(requests[0].body)).toEqual(request);
  });

  it('lists roll-ups with only the options that are set', async () => {
    const page = {
      items: [makeRollup({ ref: 'group:default/team-a' })],
      totalItems: 1,
    };
    backend.answer(() => ({ json: page }));
    const { client } = createClient();

    await expect(
      client.listRollups({
        scope: 'group',
        sort: 'ease-of-use',
        order: 'desc',
        limit: 50,
      }),
    ).resolves.toEqual(page);
    await client.listRollups({ scope: 'domain', cursor: 'c&d=1' });

    expect(requests[0].url.pathname).toBe('/api/maturity/rollups');
    expect(Object.fromEntries(requests[0].url.searchParams)).toEqual({
      scope: 'group',
      sort: 'ease-of-use',
      order: 'desc',
      limit: '50',
    });
    expect(Object.fromEntries(requests[1].url.searchParams)).toEqual({
      scope: 'domain',
      cursor: 'c&d=1',
    });
  });

  it('reads one roll-up and its history by scope ref', async () => {
    const rollup = makeRollup({ ref: 'domain:default/payments' });
    const history = { scopeRef: 'domain:default/payments', series: [] };
    backend.answer(url => ({
      json: url.pathname.endsWith('/history') ? history : rollup,
    }));
    const { client } = createClient();

    await expect(client.getRollup('organization:default/all')).resolves.toEqual(
      rollup,
    );
    await expect(
      client.getRollupHistory('domain:default/payments', {
        vector: 'level',
        from: '2026-01-01',
        to: '2026-03-31',
      }),
    ).resolves.toEqual(history);
    await client.getRollupHistory('domain:default/payments');

    expect(requests.map(r => r.url.pathname + r.url.search)).toEqual([
      '/api/maturity/rollups/organization/default/all',
      '/api/maturity/rollups/domain/default/payments/history?vector=level&from=2026-01-01&to=2026-03-31',
      '/api/maturity/rollups/domain/default/payments/history',
    ]);
  });

  it('reads what a scope has to reassess, with the limit when given', async () => {
    const list = {
      scopeRef: 'group:default/team-payments',
      totalItems: 1,
      items: [
        { entityRef: 'component:default/ledger-service', reason: 'never' },
      ],
    };
    backend.answer(() => ({ json: list }));
    const { client } = createClient();

    await expect(
      client.getReassessList('group:default/team-payments', { limit: 5 }),
    ).resolves.toEqual(list);
    await client.getReassessList('group:default/team-payments');
    expect(requests.map(r => r.url.pathname + r.url.search)).toEqual([
      '/api/maturity/rollups/group/default/team-payments/reassess?limit=5',
      '/api/maturity/rollups/group/default/team-payments/reassess',
    ]);
  });

  it('exports CSV as text, for one scope or everything', async () => {
    const csv =
      'entityRef,vector,score\ncomponent:default/payments,stability,4\n';
    backend.answer(() => ({ text: csv, contentType: 'text/csv' }));
    const { client } = createClient();

    await expect(client.exportCsv('domain:default/payments')).resolves.toBe(
      csv,
    );
    await expect(client.exportCsv()).resolves.toBe(csv);

    expect(Object.fromEntries(requests[0].url.searchParams)).toEqual({
      scope: 'domain:default/payments',
      format: 'csv',
    });
    expect(requests[1].url.search).toBe('?format=csv');
  });

  it.each([
    [
      'a not found scorecard',
      404,
      'NotFoundError',
      'No entity component:default/gone',
    ],
    [
      'a rejected assessment',
      400,
      'InputError',
      'scores[0].score must be an integer from 0 to 5',
    ],
    [
      'a reused idempotency key',
      409,
      'ConflictError',
      'The idempotency key was used with another body',
    ],
  ])(
    'turns %s into a ResponseError with the backend message',
    async (_case, status, name, message) => {
      backend.answer(() => ({
        status,
        json: apiErrorBody(status, name, message),
      }));
      const { client } = createClient();

      const error = await client
        .createAssessment('component:default/gone', {
          scores: [{ vector: 'stability', score: 4 }],
        })
        .catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(status);
      expect(error.message).toContain(String(status));
      expect(error.cause).toMatchObject({ name, message });
      expect(error.body.error.message).toBe(message);
    },
  );

  it('does not follow further history pages after an error', async () => {
    backend.answer(url =>
      url.searchParams.get('cursor')
        ? { status: 500, json: apiErrorBody(500, 'Error', 'database is down') }
        : { json: { ...makeHistory([]), nextCursor: 'next' } },
    );
    const { client } = createClient();

    await expect(
      client.getHistory('component:default/payments'),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 500 });
    expect(requests).toHaveLength(2);
  });

  it('fails the CSV export with a ResponseError instead of returning the error body', async () => {
    backend.answer(() => ({
      status: 401,
      json: apiErrorBody(401, 'AuthenticationError', 'Missing credentials'),
    }));
    const { client } = createClient();

    const error = await client.exportCsv().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.cause.message).toBe('Missing credentials');
  });
});
