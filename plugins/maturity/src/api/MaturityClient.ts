import {
  AssessmentRequest,
  AssessmentResult,
  ChangeExplanation,
  ProposalDecision,
  ReassessList,
  Rollup,
  RollupHistory,
  RollupPage,
  Scorecard,
  ScoreHistory,
  StatusResponse,
  VectorId,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import {
  entityRefPath as refPath,
  jsonRequest,
  PluginHttpClient,
  queryString as query,
} from '@agile-ops/common';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  ChangeWindow,
  HistoryRange,
  ListRollupsOptions,
  MaturityApi,
} from './MaturityApi';

/** The most history points the backend returns in one page. */
const HISTORY_PAGE = 1000;

/**
 * The HTTP client of the maturity backend.
 *
 * @public
 */
export class MaturityClient extends PluginHttpClient implements MaturityApi {
  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    super('maturity', options);
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
    return this.json(
      `/entities/${refPath(entityRef)}/assessments`,
      jsonRequest('POST', request),
    );
  }

  acceptProposal(
    entityRef: string,
    decision: ProposalDecision,
  ): Promise<AssessmentResult> {
    return this.json(
      `/entities/${refPath(entityRef)}/evidence/accept`,
      jsonRequest('POST', decision),
    );
  }

  dismissProposal(
    entityRef: string,
    decision: ProposalDecision,
  ): Promise<Scorecard> {
    return this.json(
      `/entities/${refPath(entityRef)}/evidence/dismiss`,
      jsonRequest('POST', decision),
    );
  }

  explainRollup(
    scopeRef: string,
    window: ChangeWindow,
  ): Promise<ChangeExplanation> {
    return this.json(`/rollups/${refPath(scopeRef)}/explain${query(window)}`);
  }

  explainEntity(
    entityRef: string,
    window: ChangeWindow,
  ): Promise<ChangeExplanation> {
    return this.json(`/entities/${refPath(entityRef)}/explain${query(window)}`);
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

  getReassessList(
    scopeRef: string,
    options: { limit?: number } = {},
  ): Promise<ReassessList> {
    return this.json(`/rollups/${refPath(scopeRef)}/reassess${query(options)}`);
  }

  exportCsv(scopeRef?: string): Promise<string> {
    return this.text(`/export${query({ scope: scopeRef, format: 'csv' })}`);
  }

  getStatus(): Promise<StatusResponse> {
    return this.json('/status');
  }
}
