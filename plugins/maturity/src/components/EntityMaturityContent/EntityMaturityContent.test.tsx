import { flushPromises } from '@agile-ops/test-utils/frontend';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import {
  ENTITY_REF,
  makeAssessmentResult,
  makeEntity,
  makeHistory,
  makeScorecard,
  makeTemplate,
  titleOf,
  uniformScores,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  findAssessDialog,
  pickScore,
  saveButton,
} from '../../__testUtils__/assessDialog';
import { chartLabel } from '../../__testUtils__/queries';
import { EntityMaturityContent } from './EntityMaturityContent';

const NOW = Date.parse('2026-06-30T12:00:00.000Z');
const daysAgo = (days: number) =>
  new Date(NOW - days * 24 * 60 * 60 * 1000).toISOString();

function scoredApi() {
  const scores = { ...uniformScores(12, 3), stability: 5, documentation: 1 };
  return fakeMaturityApi({
    getScorecard: async () => {
      const scorecard = makeScorecard(scores, {
        stale: ['currency'],
        rationale: { stability: 'No incident in a year' },
      });
      // The backend sends confidence for scored vectors; one is enough to show the column.
      scorecard.vectors = scorecard.vectors.map(v =>
        v.vector === 'stability' ? { ...v, confidence: 0.72 } : v,
      );
      return scorecard;
    },
    getHistory: async () =>
      makeHistory([
        { at: daysAgo(400), scores: uniformScores(12, 1) },
        { at: daysAgo(60), scores: { stability: 4 } },
        { at: daysAgo(10), scores },
      ]),
  });
}

function renderTab(api = scoredApi(), canAssess = true) {
  return renderWithApis(<EntityMaturityContent />, {
    api,
    canAssess,
    entity: makeEntity(),
  });
}

/** The vector titles heading the rows of the score table. */
function rowTitles(table: HTMLElement) {
  return [...table.querySelectorAll('tbody th')].map(th => th.textContent);
}

/** The cells of the table row of one vector, by column. */
function rowOf(table: HTMLElement, vectorTitle: string) {
  const header = [...table.querySelectorAll('tbody th')].find(
    th => th.textContent === vectorTitle,
  );
  return within(header!.closest('tr')!).getAllByRole('cell');
}

describe('EntityMaturityContent', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('shows progress, then an error panel when loading fails', async () => {
    let fail: (error: Error) => void = () => {};
    const api = fakeMaturityApi({
      getHistory: () =>
        new Promise((_resolve, reject) => {
          fail = reject;
        }),
    });
    await renderTab(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();

    await act(async () => fail(new Error('history store offline')));
    expect(
      await screen.findByText(/Could not load the maturity scorecard/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/history store offline/).length).toBeGreaterThan(
      0,
    );
  });

  it('links a vector below target to the templates that improve it, as the card does', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () =>
        makeScorecard(uniformScores(12, 3), {
          gaps: [
            {
              target: 'production tier-1',
              vector: 'automation',
              required: 4,
              actual: 3,
            },
          ],
        }),
    });
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: makeEntity(),
      templates: [
        makeTemplate(
          'request-restart',
          {
            'agile-ops/improves': 'automation',
            'agile-ops/applies-to': '{ kind: component, spec.type: service }',
          },
          { title: 'Request a service restart' },
        ),
      ],
    });

    const gaps = await screen.findByRole('group', { name: 'Below target' });
    expect(
      await within(gaps).findByRole('link', {
        name: 'Improve Automation and self-service with Request a service restart',
      }),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/request-restart?formData=${encodeURIComponent(
        JSON.stringify({ entityRef: ENTITY_REF }),
      )}`,
    );
  });

  it('lists every vector of the rubric with its score, meaning, rationale, author and freshness', async () => {
    await renderTab();

    const table = await screen.findByRole('table', { name: 'Vector scores' });
    expect(rowTitles(table)).toEqual([
      'Supportability',
      'Operability',
      'Recoverability',
      'Documentation',
      'Architecture',
      'Currency',
      'Usability',
      'Automation and self-service',
      'Deployability',
      'Stability',
      'Community',
      'Maturity',
      'Ease of use',
      'Ubiquity',
      'Happiness',
    ]);

    // Columns: vector, score, meaning, rationale, scored by, when, source, fresh, confidence.
    const stability = rowOf(table, titleOf('stability'));
    expect(
      within(stability[1]).getByLabelText('Stability: 5 of 5'),
    ).toHaveTextContent('5');
    expect(stability[2]).toHaveTextContent(
      'Almost never fails; hardly generates incidents.',
    );
    expect(stability[3]).toHaveTextContent('No incident in a year');
    expect(within(stability[4]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/user/alice',
    );
    expect(stability[5]).toHaveTextContent(
      new Date('2026-01-15T09:30:00.000Z').toLocaleDateString(),
    );
    expect(stability[6]).toHaveTextContent('assessment');
    expect(stability[7]).toHaveTextContent('current');
    expect(stability[8]).toHaveTextContent('72%');
    expect(rowOf(table, titleOf('currency'))[8]).toHaveTextContent(/^$/);

    expect(rowOf(table, 'Currency')[7]).toHaveTextContent('stale');

    const happiness = rowOf(table, 'Happiness');
    expect(
      within(happiness[1]).getByLabelText('Happiness: not scored'),
    ).toHaveTextContent('–');
    expect(happiness[2]).toHaveTextContent('—');
    expect(happiness[4]).toBeEmptyDOMElement();
    expect(happiness[7]).toBeEmptyDOMElement();

    expect(screen.getByText('Rubric 2026-11')).toBeInTheDocument();
    expect(screen.getByText('Level 3 · Serviceable')).toBeInTheDocument();
  });

  it('charts the entity level first, and a vector chosen in the table', async () => {
    await renderTab();
    await screen.findByRole('table', { name: 'Vector scores' });

    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    // Three assessments: levels 1, 1 and 3.
    expect(chartLabel('Entity level over time')).toBe(
      'Entity level over time: 3 recorded change(s) in range, now 3',
    );

    await userEvent.click(
      within(screen.getByRole('table', { name: 'Vector scores' })).getByText(
        'Stability',
      ),
    );
    expect(screen.getByLabelText('Series')).toHaveValue('stability');
    expect(chartLabel('Stability over time')).toBe(
      'Stability over time: 3 recorded change(s) in range, now 5',
    );
  });

  it('explains the latest step of the chart', async () => {
    const api = scoredApi();
    await renderTab(api);
    await screen.findByRole('table', { name: 'Vector scores' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Why did it change?' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Why it changed' }),
    ).toBeInTheDocument();
    // The latest step is the assessment ten days ago; the window ends there.
    expect(api.explainEntity).toHaveBeenCalledWith(ENTITY_REF, {
      vector: 'level',
      from: daysAgo(60),
      to: daysAgo(10),
    });
  });

  it('narrows the chart to the chosen time range', async () => {
    await renderTab();
    await screen.findByRole('table', { name: 'Vector scores' });
    await userEvent.selectOptions(screen.getByLabelText('Series'), 'stability');
    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    const all = chartLabel('Stability over time');
    expect(all).toMatch(/now 5$/);

    await userEvent.click(screen.getByRole('button', { name: '30 days' }));
    const recent = chartLabel('Stability over time');
    expect(recent).not.toBe(all);
    expect(recent).toMatch(/now 5$/);

    // Happiness was never scored: nothing to draw in any range.
    await userEvent.selectOptions(screen.getByLabelText('Series'), 'happiness');
    expect(
      screen.getByText('No scores for Happiness in this time range.'),
    ).toBeInTheDocument();
  });

  // Known bug (ScoreHistoryChart.tsx, label): the value carried to the window start by
  // clipSteps is counted as a recorded change. Stability has one score in the last 30 days
  // (and older ones), yet the label says "2 recorded change(s)".
  it('counts only the scores recorded inside the range in the chart label', async () => {
    await renderTab();
    await screen.findByRole('table', { name: 'Vector scores' });
    await userEvent.selectOptions(screen.getByLabelText('Series'), 'stability');
    await userEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(chartLabel('Stability over time')).toBe(
      'Stability over time: 1 recorded change(s) in range, now 5',
    );
  });

  it('offers the assessment to allowed users only', async () => {
    const { authorize } = await renderTab(scoredApi(), false);

    await screen.findByRole('table', { name: 'Vector scores' });
    await waitFor(() => expect(authorize).toHaveBeenCalled());
    await flushPromises();
    expect(
      screen.queryByRole('button', { name: 'Assess' }),
    ).not.toBeInTheDocument();
  });

  it('reloads the scorecard after an assessment is saved', async () => {
    const api = scoredApi();
    api.createAssessment.mockImplementation(async (_entityRef, request) =>
      makeAssessmentResult(request, makeScorecard(uniformScores(15, 4))),
    );
    await renderTab(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Assess' }),
    );
    const dialog = await findAssessDialog();
    await pickScore(dialog, 'Happiness', 4);
    api.getScorecard.mockResolvedValue(makeScorecard(uniformScores(15, 4)));
    await userEvent.click(saveButton(dialog));

    expect(await screen.findByText('Level 4 · Trusted')).toBeInTheDocument();
    expect(api.createAssessment).toHaveBeenCalledWith(
      ENTITY_REF,
      expect.objectContaining({ scores: [{ vector: 'happiness', score: 4 }] }),
    );
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });
});
