import { fakeAlertApi } from '@agile-ops/test-utils/frontend';
import { Scorecard, VectorEvidence } from '@agile-ops/plugin-maturity-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import {
  ENTITY_REF,
  makeRubric,
  makeScorecard,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { EvidenceProposals } from './EvidenceProposals';
import { openProposals } from './openProposals';

const AT = '2026-12-01T10:00:00.000Z';
const proposal = (
  vector: VectorEvidence['vector'],
  proposedScore: number | null,
  extra: Partial<VectorEvidence> = {},
): VectorEvidence => ({
  vector,
  provider: 'catalog',
  proposedScore,
  reasons: [`reason for ${vector}`],
  facts: [
    {
      key: 'k',
      value: true,
      text: `fact about ${vector}`,
      observedAt: AT,
      source: 'catalog',
    },
  ],
  collectedAt: AT,
  changedAt: AT,
  ...extra,
});

function withEvidence(evidence: VectorEvidence[]): Scorecard {
  return { ...makeScorecard({ documentation: 1 }), evidence };
}

describe('openProposals', () => {
  it('keeps scored, undismissed proposals that differ, farthest first', () => {
    const scorecard = withEvidence([
      proposal('documentation', 3, { difference: 2 }),
      proposal('architecture', 2),
      proposal('ubiquity', null),
      proposal('maturity', 2, { difference: 0 }),
      proposal('automation', 1, {
        dismissed: { by: 'user:default/a', at: AT, reason: 'no' },
      }),
      proposal('stability', 1, { difference: -1 }),
    ]);
    expect(openProposals(scorecard).map(p => p.vector)).toEqual([
      'documentation',
      'stability',
      'architecture',
    ]);
  });
});

describe('EvidenceProposals', () => {
  const render = async (
    scorecard: Scorecard,
    options: { canAssess?: boolean; limit?: number } = {},
  ) => {
    const api = fakeMaturityApi({
      acceptProposal: async () => {
        throw new Error('unused');
      },
    });
    api.acceptProposal.mockResolvedValue({} as never);
    const alertApi = fakeAlertApi();
    const onDecided = jest.fn();
    await renderWithApis(
      <EvidenceProposals
        scorecard={scorecard}
        rubric={makeRubric()}
        onDecided={onDecided}
        limit={options.limit}
      />,
      { api, alertApi, canAssess: options.canAssess },
    );
    return { api, alertApi, onDecided };
  };

  it('shows the confirmed score, the proposal, the difference, reasons and facts', async () => {
    await render(
      withEvidence([proposal('documentation', 3, { difference: 2 })]),
    );
    const row = await screen.findByRole('listitem', {
      name: 'Documentation: proposed 3',
    });
    expect(row).toHaveTextContent(
      'Documentation: confirmed 1, proposed 3 by catalog (+2)',
    );
    expect(row).toHaveTextContent(
      'reason for documentation · fact about documentation',
    );
  });

  it('accepts a proposal in one click and asks for the scorecard again', async () => {
    const { api, onDecided, alertApi } = await render(
      withEvidence([proposal('documentation', 3, { difference: 2 })]),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept 3 for Documentation' }),
    );
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api.acceptProposal).toHaveBeenCalledWith(ENTITY_REF, {
      vector: 'documentation',
      provider: 'catalog',
      proposedScore: 3,
    });
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ severity: 'success' }),
    );
  });

  it('dismisses only with a reason', async () => {
    const { api, onDecided } = await render(
      withEvidence([proposal('architecture', 2)]),
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Dismiss the proposal for Architecture',
      }),
    );
    const confirm = screen.getByRole('button', { name: 'Dismiss it' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      screen.getByLabelText('Why not 2 for Architecture?'),
      'the system is being split',
    );
    await userEvent.click(confirm);
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api.dismissProposal).toHaveBeenCalledWith(ENTITY_REF, {
      vector: 'architecture',
      provider: 'catalog',
      proposedScore: 2,
      reason: 'the system is being split',
    });
  });

  it('shows proposals without buttons to those who may not assess, and a count past the limit', async () => {
    await render(
      withEvidence([
        proposal('documentation', 3, { difference: 2 }),
        proposal('architecture', 2),
      ]),
      { canAssess: false, limit: 1 },
    );
    const group = await screen.findByRole('group', {
      name: 'Proposed from evidence',
    });
    expect(within(group).getAllByRole('listitem')).toHaveLength(1);
    expect(within(group).queryByRole('button')).not.toBeInTheDocument();
    expect(group).toHaveTextContent('1 more on the maturity tab');
  });

  it('shows nothing without open proposals', async () => {
    await render(withEvidence([proposal('ubiquity', null)]));
    expect(
      screen.queryByRole('group', { name: 'Proposed from evidence' }),
    ).not.toBeInTheDocument();
  });
});
