import { flushPromises } from '@agile-ops/test-utils/frontend';
import { Entity } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import {
  ENTITY_REF,
  makeEntity,
  makeHistory,
  makeScorecard,
  makeTemplate,
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

/** Recoverability 3 and stability 2 against a tier-1 target of 4 each. */
const TIER_ONE_GAPS = [
  {
    target: 'production tier-1',
    vector: 'recoverability' as const,
    required: 4,
    actual: 3,
  },
  {
    target: 'production tier-1',
    vector: 'stability' as const,
    required: 4,
    actual: 2,
  },
];
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
          gaps: TIER_ONE_GAPS,
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

  describe('templates for the vectors below target', () => {
    const GAPS = makeScorecard(
      { ...uniformScores(10, 3), stability: 2 },
      {
        gaps: TIER_ONE_GAPS,
      },
    );
    const FORM_DATA = encodeURIComponent(
      JSON.stringify({ entityRef: ENTITY_REF }),
    );
    const RUNBOOK = makeTemplate(
      'add-runbook',
      {
        'agile-ops/improves': 'recoverability, operability',
        'agile-ops/applies-to': '{ kind: component }',
      },
      { title: 'Add a runbook', namespace: 'ops' },
    );
    // Improves stability, but only for teams; the payments service is no team.
    const TEAM_ONLY = makeTemplate(
      'stability-review',
      {
        'agile-ops/improves': 'stability',
        'agile-ops/applies-to': '{ kind: group }',
      },
      { title: 'Book a stability review' },
    );
    const TYPO = makeTemplate(
      'load-test',
      {
        'agile-ops/improves': 'stabilty',
        'agile-ops/applies-to': '{ kind: component }',
      },
      { title: 'Run a load test' },
    );

    function renderWithTemplates(
      templates: Entity[],
      options: { templateRoute?: string } = {},
    ) {
      // A template without the annotation, which the catalog's filter leaves out.
      const plain = makeTemplate('create-service', {
        'agile-ops/applies-to': '{ kind: component }',
      });
      return renderWithApis(<EntityMaturityCard />, {
        api: fakeMaturityApi({ getScorecard: async () => GAPS }),
        entity: makeEntity(),
        templates: [...templates, plain],
        templateRoute: options.templateRoute,
      });
    }

    it('links a vector below target to the templates that improve it, with the entity filled in', async () => {
      await renderWithTemplates([RUNBOOK, TEAM_ONLY, TYPO]);

      const gaps = await screen.findByRole('group', { name: 'Below target' });
      const link = await within(gaps).findByRole('link', {
        name: 'Improve Recoverability with Add a runbook',
      });
      expect(link).toHaveTextContent('Add a runbook');
      // Unbound in a legacy app: the scaffolder's default template page.
      expect(link).toHaveAttribute(
        'href',
        `/create/templates/ops/add-runbook?formData=${FORM_DATA}`,
      );
      expect(
        JSON.parse(
          new URL(link.getAttribute('href')!, 'http://portal').searchParams.get(
            'formData',
          )!,
        ),
      ).toEqual({ entityRef: ENTITY_REF });
      expect(within(gaps).getByText(/Improve Recoverability:/)).toBeVisible();

      // Stability is below target too, but its templates are for teams or misspell the vector.
      expect(within(gaps).getAllByRole('link')).toHaveLength(1);
      expect(screen.queryByText(/Improve Stability/)).not.toBeInTheDocument();
    });

    it('follows the template route the app binds', async () => {
      await renderWithTemplates([RUNBOOK], {
        templateRoute: '/portal/create/templates/:namespace/:templateName',
      });

      expect(
        await screen.findByRole('link', {
          name: 'Improve Recoverability with Add a runbook',
        }),
      ).toHaveAttribute(
        'href',
        `/portal/create/templates/ops/add-runbook?formData=${FORM_DATA}`,
      );
    });

    it('shows no link when no template improves a vector below target', async () => {
      // The in-memory catalog, watched, so the test knows the templates were read.
      const catalogApi = catalogApiMock({
        entities: [makeEntity(), TEAM_ONLY, TYPO],
      });
      const getEntities = jest.spyOn(catalogApi, 'getEntities');
      await renderWithApis(<EntityMaturityCard />, {
        api: fakeMaturityApi({ getScorecard: async () => GAPS }),
        entity: makeEntity(),
        catalogApi,
      });

      const gaps = await screen.findByRole('group', { name: 'Below target' });
      await waitFor(() => expect(getEntities).toHaveBeenCalled());
      expect((await getEntities.mock.results[0].value).items).toHaveLength(2);
      await flushPromises();
      expect(within(gaps).queryByRole('link')).not.toBeInTheDocument();
      expect(screen.queryByText(/Improve /)).not.toBeInTheDocument();
    });

    it('asks the catalog only for templates with the annotation, and only when there are gaps', async () => {
      const catalogApi = catalogApiMock.mock({
        getEntities: async () => ({ items: [RUNBOOK] }),
      });
      await renderWithApis(<EntityMaturityCard />, {
        api: fakeMaturityApi({ getScorecard: async () => GAPS }),
        entity: makeEntity(),
        catalogApi,
      });

      expect(
        await screen.findByRole('link', {
          name: 'Improve Recoverability with Add a runbook',
        }),
      ).toBeInTheDocument();
      expect(catalogApi.getEntities).toHaveBeenCalledTimes(1);
      expect(catalogApi.getEntities).toHaveBeenCalledWith({
        filter: {
          kind: 'Template',
          'metadata.annotations.agile-ops/improves': CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
          'metadata.annotations.agile-ops/improves',
          'metadata.annotations.agile-ops/applies-to',
        ],
      });
    });

    it('does not read templates when nothing is below target', async () => {
      const catalogApi = catalogApiMock.mock({
        getEntities: async () => ({ items: [RUNBOOK] }),
      });
      await renderWithApis(<EntityMaturityCard />, {
        api: fakeMaturityApi({
          getScorecard: async () => makeScorecard(uniformScores(15, 4)),
        }),
        entity: makeEntity(),
        catalogApi,
      });

      expect(await screen.findByText('Level 4 · Trusted')).toBeInTheDocument();
      await flushPromises();
      expect(catalogApi.getEntities).not.toHaveBeenCalled();
      expect(screen.queryByRole('link', { name: /^Improve / })).toBeNull();
    });
  });
});
