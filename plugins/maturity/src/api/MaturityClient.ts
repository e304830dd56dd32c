import {
  AssessmentRequest,
  AssessmentResult,
  Rollup,
  RollupHistory,
  RollupPage,
  Scorecard,
  ScoreHistory,
  VectorId,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { HistoryRange, ListRollupsOptions, MaturityApi } from './MaturityApi';

/** The most history points the backend returns in one page. */
const HISTORY_PAGE = 1000;

/** `kind/namespace/name` of an entity ref, each part URL-encoded, as the routes expect. */
function refPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The HTTP client of the maturity backend.
 *
 * @public
 */
export class MaturityClient implements MaturityApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getVectors(): Promise<VectorsResponse> {
    return this.json('/vectors');
  }

  getScorecard(entityRef: string): Promise<Scorecard> {
    return this.json(`/entities/${refPath(entityRef)}/scorecard`);
  }

  async getHistory(
    entityRef: string,
    range: HistoryRange = {},
  ): Promise<ScoreHistory> {
    const byVector = new Map<VectorId, ScoreHistory['series'][number]>();
    let cursor: string | undefined;
    // The backend pages by points across all series; merge the pages into one answer.
    do {
      const page: ScoreHistory = await this.json(
        `/entities/${refPath(entityRef)}/history${query({
          ...range,
          limit: HISTORY_PAGE,
          cursor,
        })}`,
      );
      for (const series of page.series) {
        const known = byVector.get(series.vector);
        if (known) known.points.push(...series.points);
        else byVector.set(series.vector, { ...series });
      }
      cursor = page.nextCursor;
    } while (cursor);
    return { entityRef, series: [...byVector.values()] };
  }

  createAssessment(
    entityRef: string,
    request: AssessmentRequest,
  ): Promise<AssessmentResult> {
    return this.json(`/entities/${refPath(entityRef)}/assessments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  listRollups(options: ListRollupsOptions): Promise<RollupPage> {
    return this.json(`/rollups${query({ ...options })}`);
  }

  getRollup(scopeRef: string): Promise<Rollup> {
    return this.json(`/rollups/${refPath(scopeRef)}`);
  }

  getRollupHistory(
    scopeRef: string,
    range: { vector?: VectorId | 'level'; from?: string; to?: string } = {},
  ): Promise<RollupHistory> {
    return this.json(`/rollups/${refPath(scopeRef)}/history${query(range)}`);
  }

  async exportCsv(scopeRef?: string): Promise<string> {
    const response = await this.request(
      `/export${query({ scope: scopeRef, format: 'csv' })}`,
    );
    return response.text();
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('maturity');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
