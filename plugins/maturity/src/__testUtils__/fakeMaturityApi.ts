import {
  AssessmentRequest,
  AssessmentResult,
  ChangeExplanation,
  ORGANIZATION_SCOPE_REF,
  ProposalDecision,
  RollupPage,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import {
  ChangeWindow,
  ListRollupsOptions,
  MaturityApi,
} from '../api/MaturityApi';
import { makeRollup, makeRubric, makeScorecard } from './fixtures';

/** An explanation without steps, for the explain methods' default answer. */
function noChange(ref: string): ChangeExplanation {
  return {
    ref,
    vector: 'level',
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-02-01T00:00:00.000Z',
    steps: [],
    hiddenSteps: 0,
    truncated: false,
  };
}

/**
 * A MaturityApi whose every method is a jest mock with a harmless default answer. Use a new one
 * per test: the rubric is cached per API instance.
 */
export function fakeMaturityApi(
  overrides: Partial<MaturityApi> = {},
  rubric: VectorsResponse = makeRubric(),
): jest.Mocked<MaturityApi> {
  const api: jest.Mocked<MaturityApi> = {
    getVectors: jest.fn(async () => rubric),
    getScorecard: jest.fn(async (entityRef: string) =>
      makeScorecard({}, { entityRef }),
    ),
    getHistory: jest.fn(async (entityRef: string) => ({
      entityRef,
      series: [],
    })),
    createAssessment: jest.fn(
      async (
        _entityRef: string,
        _request: AssessmentRequest,
      ): Promise<AssessmentResult> => {
        throw new Error('createAssessment is not stubbed in this test');
      },
    ),
    acceptProposal: jest.fn(
      async (
        _entityRef: string,
        _decision: ProposalDecision,
      ): Promise<AssessmentResult> => {
        throw new Error('acceptProposal is not stubbed in this test');
      },
    ),
    dismissProposal: jest.fn(
      async (entityRef: string, _decision: ProposalDecision) =>
        makeScorecard({}, { entityRef }),
    ),
    explainRollup: jest.fn(async (ref: string, _window: ChangeWindow) =>
      noChange(ref),
    ),
    explainEntity: jest.fn(async (ref: string, _window: ChangeWindow) =>
      noChange(ref),
    ),
    listRollups: jest.fn(
      async (_options: ListRollupsOptions): Promise<RollupPage> => ({
        items: [],
        totalItems: 0,
      }),
    ),
    getRollup: jest.fn(async (scopeRef: string) =>
      makeRollup({ ref: scopeRef || ORGANIZATION_SCOPE_REF, children: [] }),
    ),
    getRollupHistory: jest.fn(async (scopeRef: string) => ({
      scopeRef,
      series: [],
    })),
    getReassessList: jest.fn(async (scopeRef: string) => ({
      scopeRef,
      totalItems: 0,
      items: [],
    })),
    exportCsv: jest.fn(async () => 'entity,vector,score\n'),
    getStatus: jest.fn(async () => ({ tasks: [], entities: 0 })),
  };
  for (const [name, implementation] of Object.entries(overrides)) {
    (api as any)[name] = jest.fn(implementation as any);
  }
  return api;
}
