import { flushPromises } from '@agile-ops/test-utils/frontend';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import {
  ENTITY_REF,
  makeEntity,
  makeHistory,
  makeScorecard,
  uniformScores,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { chartLabel } from '../../__testUtils__/queries';
import { EntityMaturityCard } from './EntityMaturityCard';

/** The labels of the chips in one group of the card. */
function chipLabels(group: HTMLElement) {
  return [...group.querySelectorAll('.MuiChip-label')].map(
    chip => chip.textContent,
  );
}

function renderCard(
  api = fakeMaturityApi(),
  options: { canAssess?: boolean; title?: string } = {},
) {
  return renderWithApis(<EntityMaturityCard />, {
    api,
    canAssess: options.canAssess,
    entity: makeEntity(options.title ? { title: options.title } : {}),
  });
}

describe('EntityMaturityCard', () => {
  it('shows progress while the scorecard loads', async () => {
    const api = fakeMaturityApi({ getScorecard: () => new Promise(() => {}) });
    await renderCard(api);

    const card = screen.getByRole('region', { name: 'Maturity card' });
    // Backstage's Progress appears after a short delay, so wait for it.
    expect(await within(card).findByRole('progressbar')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(ENTITY_REF);
    expect(api.getHistory).toHaveBeenCalledWith(ENTITY_REF);
  });

  it('shows an error panel when the scorecard cannot be loaded', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => {
        throw new Error('maturity backend unavailable');
      },
    });
    await renderCard(api);

    expect(
      await screen.findByText(/Could not load the maturity scorecard/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/maturity backend unavailable/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('invites an allowed user to assess an entity nobody has scored', async () => {
    await renderCard(fakeMaturityApi(), { title: 'Payments API' });

    expect(await screen.findByText('Not assessed yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Nobody has scored Payments API on the 15 maturity vectors/,
      ),
    ).toBeInTheDocument();
    const assess = await screen.findByRole('button', { name: 'Assess now' });
    expect(screen.queryByText('See the vectors')).not.toBeInTheDocument();

    await userEvent.click(assess);
    expect(
      await screen.findByRole('dialog', { name: `Assess ${ENTITY_REF}` }),
    ).toBeInTheDocument();
  });

  it('links other users to the maturity tab instead', async () => {
    await renderCard(fakeMaturityApi(), { canAssess: false });

    expect(await screen.findByText('Not assessed yet')).toBeInTheDocument();
    // An MUI button rendered as a router link: an anchor with the button role.
    const link = await screen.findByRole('button', { name: 'See the vectors' });
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/payments/maturity',
    );
    expect(
      screen.queryByRole('button', { name: 'Assess now' }),
    ).not.toBeInTheDocument();
  });

  it('shows the level, the vectors pulling it down, and the stale and unscored ones', async () => {
    const scores = {
      ...uniformScores(10, 3),
      documentation: 1,
      stability: 2,
    };
    const api = fakeMaturityApi({
      getScorecard: async () =>
        makeScorecard(scores, {
          stale: ['currency'],
          gaps: [
            {
              target: 'production tier-1',
              vector: 'recoverability',
              required: 4,
              actual: 3,
            },
            {
              target: 'production tier-1',
              vector: 'stability',
              required: 4,
              actual: 2,
            },
          ],
        }),
      getHistory: async () =>
        makeHistory([
          { at: '2026-01-01T00:00:00.000Z', scores: uniformScores(9, 1) },
          { at: '2026-02-01T00:00:00.000Z', scores },
        ]),
    });
    await renderCard(api);

    expect(await screen.findByText('Level 2 · Manual')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Level 2 of 5: Manual' }),
    ).toHaveTextContent('2');
    expect(
      screen.getByText(/67% of vectors scored · rule: mean/),
    ).toBeInTheDocument();

    const pulling = screen.getByRole('group', {
      name: 'Pulling the level down',
    });
    expect(within(pulling).getByText('Documentation (1)')).toBeInTheDocument();
    expect(within(pulling).queryByText(/Stability/)).not.toBeInTheDocument();

    const gaps = screen.getByRole('group', { name: 'Below target' });
    expect(chipLabels(gaps)).toEqual([
      'Recoverability: 3 of 4 (production tier-1)',
      'Stability: 2 of 4 (production tier-1)',
    ]);

    const stale = screen.getByRole('group', {
      name: 'Stale (older than 180 days)',
    });
    expect(within(stale).getByText('Currency')).toBeInTheDocument();

    const unscored = screen.getByRole('group', { name: 'Not scored yet' });
    expect(chipLabels(unscored)).toEqual([
      'Community',
      'Maturity',
      'Ease of use',
      'Ubiquity',
      'Happiness',
    ]);

    // The level went from 1 to 2 over two assessments.
    const summary = `Level 1 → 2 since ${new Date(
      '2026-01-01T00:00:00.000Z',
    ).toLocaleDateString()}, 2 assessments`;
    expect(screen.getByText(summary)).toBeInTheDocument();
    expect(chartLabel('Level trend')).toBe(`Level trend: ${summary}`);
    expect(
      await screen.findByRole('button', { name: 'Assess' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Scores, history and assessments/ }),
    ).toHaveAttribute('href', '/catalog/default/component/payments/maturity');
  });

  it('hides the assess button from users who may not assess', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => makeScorecard(uniformScores(15, 4)),
    });
    const { authorize } = await renderCard(api, { canAssess: false });

    expect(await screen.findByText('Level 4 · Trusted')).toBeInTheDocument();
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'maturity.assessment.create',
          }),
          resourceRef: ENTITY_REF,
        }),
      ),
    );
    await flushPromises();
    expect(
      screen.queryByRole('button', { name: 'Assess' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Pulling the level down' }),
    ).not.toBeInTheDocument();
    // No history yet: no trend to draw.
    expect(chartLabel('Level trend')).toBeNull();
  });

  it('says when there are too few scores for a level', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => makeScorecard(uniformScores(3, 5)),
    });
    await renderCard(api);

    expect(
      await screen.findByText('Not enough scores for a level'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Level: none yet' }),
    ).toHaveTextContent('–');
  });
});
