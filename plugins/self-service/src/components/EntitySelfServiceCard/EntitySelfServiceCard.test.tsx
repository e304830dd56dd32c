import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSelfServiceApi } from '../../__testUtils__/fakeSelfServiceApi';
import {
  ENTITY_REF,
  makeEntity,
  makeRun,
  makeTemplate,
  makeUsage,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { EntitySelfServiceCard } from './EntitySelfServiceCard';

/** The catalog's templates: two for production services, others for other entities or broken. */
const TEMPLATES = [
  makeTemplate('request-db', '{ kind: component, spec.type: service }', {
    title: 'Request a database',
    description: 'A Postgres schema for the service.',
  }),
  makeTemplate(
    'add-runbook',
    { kind: 'Component', 'spec.lifecycle': { $in: ['production'] } },
    { title: 'Add a runbook', namespace: 'ops' },
  ),
  makeTemplate('new-website', "{ 'spec.type': website }", {
    title: 'New website',
  }),
  makeTemplate('oncall-override', 'kind: group', { title: 'Cover on-call' }),
  makeTemplate(
    'java-lint',
    '{ $all: [{ kind: component }, { metadata.tags: { $contains: java } }] }',
    { title: 'Add Java linting' },
  ),
  makeTemplate('unannotated', null, { title: 'Create a library' }),
  makeTemplate('broken', '{"kind":"component"', { title: 'Broken template' }),
  makeTemplate('old-form', '{"kind":["component"]}', {
    title: 'Old-style template',
  }),
];

/** `formData` exactly as the scaffolder expects it for the payments service. */
const FORM_DATA = encodeURIComponent(JSON.stringify({ entityRef: ENTITY_REF }));

const hoursAgo = (hours: number) =>
  new Date(Date.now() - hours * 3600 * 1000).toISOString();

function card() {
  return screen.getByRole('region', { name: 'Self-service card' });
}

describe('EntitySelfServiceCard', () => {
  it('shows progress while the templates load', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: () => new Promise(() => {}),
    });
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      catalogApi,
    });

    // Backstage's Progress appears after a short delay; the runs wait for the titles too.
    await waitFor(() =>
      expect(within(card()).getAllByRole('progressbar')).toHaveLength(2),
    );
    expect(catalogApi.getEntities).toHaveBeenCalledWith({
      filter: { kind: 'Template' },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.title',
        'metadata.description',
        'metadata.annotations.agile-ops/applies-to',
      ],
    });
  });

  it('lists only the templates that apply to the entity, by title, each with its launch link', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      templates: TEMPLATES,
    });

    const list = await within(card()).findByRole('list', {
      name: 'Templates for this entity',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'Add a runbookLaunch',
      'Request a databaseA Postgres schema for the service.Launch',
    ]);
    for (const hidden of [
      'New website',
      'Cover on-call',
      'Add Java linting',
      'Create a library',
      'Broken template',
      'Old-style template',
    ]) {
      expect(within(list).queryByText(hidden)).not.toBeInTheDocument();
    }

    expect(
      screen.getByRole('link', { name: 'Launch Add a runbook' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/ops/add-runbook?formData=${FORM_DATA}`,
    );
    expect(
      screen.getByRole('link', { name: 'Launch Request a database' }),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/request-db?formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fpayments%22%7D',
    );
  });

  it('links to where the app mounts the scaffolder when the route is bound', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      templates: TEMPLATES,
      templateRoute: '/portal/create/templates/:namespace/:templateName',
    });

    expect(
      await screen.findByRole('link', { name: 'Launch Request a database' }),
    ).toHaveAttribute(
      'href',
      `/portal/create/templates/default/request-db?formData=${FORM_DATA}`,
    );
  });

  it('lists group templates on a group, launched for the group', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      entity: makeEntity({
        kind: 'Group',
        name: 'team-a',
        type: 'team',
        lifecycle: undefined,
      }),
      templates: TEMPLATES,
    });

    const launch = await screen.findByRole('link', {
      name: 'Launch Cover on-call',
    });
    expect(launch).toHaveAttribute(
      'href',
      `/create/templates/default/oncall-override?formData=${encodeURIComponent(
        '{"entityRef":"group:default/team-a"}',
      )}`,
    );
    expect(screen.getAllByRole('link', { name: /^Launch / })).toHaveLength(1);
  });

  it('lists a template for one of the entity tags', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      entity: makeEntity({ tags: ['java'] }),
      templates: TEMPLATES,
    });

    expect(
      await screen.findByRole('link', { name: 'Launch Add Java linting' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Launch / })).toHaveLength(3);
  });

  it('says which templates were ignored for a malformed annotation, and why', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      templates: TEMPLATES,
    });

    expect(
      await screen.findByText(
        /2 templates ignored: their agile-ops\/applies-to annotation cannot be read/,
      ),
    ).toBeInTheDocument();
    await userEvent.hover(
      screen.getByRole('button', { name: 'Why templates were ignored' }),
    );
    expect(
      await screen.findByText(
        /Broken template \(template:default\/broken\): not valid YAML or JSON/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Old-style template (template:default/old-form): "kind" lists its values as the old applies-to form did; write "kind": { $in: ["component"] }',
      ),
    ).toBeInTheDocument();
  });

  it('shows the run counts and the recent runs with template, who and when', async () => {
    const api = fakeSelfServiceApi(async () =>
      makeUsage({ last30Days: 3, last90Days: 7 }, [
        makeRun({
          id: 'r3',
          templateRef: 'template:ops/add-runbook',
          runBy: 'user:default/alice',
          ranAt: hoursAgo(2),
        }),
        // A template that no longer applies still names its run.
        makeRun({
          id: 'r2',
          templateRef: 'template:default/new-website',
          runBy: 'user:default/bob',
          ranAt: hoursAgo(50),
        }),
        // A template gone from the catalog shows by its ref.
        makeRun({
          id: 'r1',
          templateRef: 'template:default/retired',
          runBy: 'user:default/carol',
          ranAt: '2026-01-05T08:00:00.000Z',
        }),
      ]),
    );
    await renderWithApis(<EntitySelfServiceCard />, {
      api,
      templates: TEMPLATES,
    });

    expect(
      await within(card()).findByText(
        '3 runs in the last 30 days · 7 in 90 days',
      ),
    ).toBeInTheDocument();
    expect(api.getUsage).toHaveBeenCalledWith(ENTITY_REF);

    const runs = within(
      screen.getByRole('list', { name: 'Recent runs' }),
    ).getAllByRole('listitem');
    expect(runs.map(run => run.textContent)).toEqual([
      'Add a runbook by alice 2 hours ago',
      'New website by bob 2 days ago',
      expect.stringMatching(/^template:default\/retired by carol /),
    ]);
    expect(
      within(runs[0]).getByRole('link', { name: 'alice' }),
    ).toHaveAttribute('href', '/catalog/default/user/alice');
    const when = runs[2].querySelector('time');
    expect(when).toHaveAttribute('dateTime', '2026-01-05T08:00:00.000Z');
    expect(when).toHaveAttribute(
      'title',
      new Date('2026-01-05T08:00:00.000Z').toLocaleString(),
    );
  });

  it('tells template authors how to offer a template when none applies', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      entity: makeEntity({
        kind: 'API',
        name: 'payments-api',
        type: 'openapi',
      }),
      templates: TEMPLATES,
    });

    expect(
      await screen.findByText(
        'No self-service template applies to this entity yet',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Add the agile-ops\/applies-to annotation to a template/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "agile-ops/applies-to: '{ kind: component, spec.type: service }'",
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /^Launch / }),
    ).not.toBeInTheDocument();
  });

  it('says there are no runs yet, and where runs come from', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(),
      templates: TEMPLATES,
    });

    expect(await within(card()).findByText('No runs yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        /A run is recorded when a template launched for this entity finishes/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Recent runs' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText(/runs in the last 30 days/),
    ).not.toBeInTheDocument();
  });

  it('shows counts without a list when only older runs were kept', async () => {
    await renderWithApis(<EntitySelfServiceCard />, {
      api: fakeSelfServiceApi(async () =>
        makeUsage({ last30Days: 0, last90Days: 2 }),
      ),
      templates: TEMPLATES,
    });

    expect(
      await screen.findByText('0 runs in the last 30 days · 2 in 90 days'),
    ).toBeInTheDocument();
    expect(screen.queryByText('No runs yet')).not.toBeInTheDocument();
  });

  it('still lists the templates when the runs cannot be loaded', async () => {
    const api = fakeSelfServiceApi(async () => {
      throw new Error('maturity backend unavailable');
    });
    await renderWithApis(<EntitySelfServiceCard />, {
      api,
      templates: TEMPLATES,
    });

    expect(
      await screen.findByText(/Could not load the self-service runs/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/maturity backend unavailable/).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('link', { name: 'Launch Request a database' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/Could not load the self-service templates/),
    ).not.toBeInTheDocument();
  });

  it('still shows the runs, by template ref, when the catalog cannot list templates', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: async () => {
        throw new Error('catalog unavailable');
      },
    });
    const api = fakeSelfServiceApi(async () =>
      makeUsage({ last30Days: 1, last90Days: 1 }, [
        makeRun({
          id: 'r1',
          templateRef: 'template:ops/add-runbook',
          ranAt: hoursAgo(1),
        }),
      ]),
    );
    await renderWithApis(<EntitySelfServiceCard />, { api, catalogApi });

    expect(
      await screen.findByText(/Could not load the self-service templates/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/catalog unavailable/).length).toBeGreaterThan(
      0,
    );
    expect(
      await screen.findByText('1 run in the last 30 days · 1 in 90 days'),
    ).toBeInTheDocument();
    expect(screen.getByText('template:ops/add-runbook')).toBeInTheDocument();
    expect(
      screen.queryByText(/No self-service template applies/),
    ).not.toBeInTheDocument();
  });
});
