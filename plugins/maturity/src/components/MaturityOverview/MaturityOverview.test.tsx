import { fakeAlertApi } from '@agile-ops/test-utils/frontend';
import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';
import {
  LOGISTICS,
  ORG_REF,
  overviewApi,
  PAYMENTS,
} from '../../__testUtils__/overviewFixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { useLocation } from 'react-router-dom';
import { chartLabel } from '../../__testUtils__/queries';
import { MaturityOverview } from './MaturityOverview';

/** Shows where the app has navigated to. */
function LocationProbe() {
  return <output aria-label="Location">{useLocation().pathname}</output>;
}

async function renderOverview(api = overviewApi()) {
  const alertApi = fakeAlertApi();
  const rendered = await renderWithApis(
    <>
      <MaturityOverview />
      <LocationProbe />
    </>,
    {
      api,
      alertApi,
    },
  );
  const grid = await screen.findByRole('grid', {
    name: 'Domains by maturity vector',
  });
  return { ...rendered, api, alertApi, grid };
}

/** The scope names of the heat map rows, top to bottom. */
function rowNames(grid: HTMLElement) {
  return [...grid.querySelectorAll('tbody th')].map(th => th.textContent);
}

/**
 * The heat map once it is labelled `name` and shows `rows`. While a drill-down loads, the grid
 * already has its new label but still shows the previous level's rows.
 */
async function currentGrid(name: string, rows?: string[]) {
  const grid = await screen.findByRole('grid', {
    name: `${name} by maturity vector`,
  });
  if (rows) await waitFor(() => expect(rowNames(grid)).toEqual(rows));
  return grid;
}

describe('MaturityOverview', () => {
  it('shows the domains of the organisation as heat map rows', async () => {
    const { api, grid } = await renderOverview();

    expect(api.getRollup).toHaveBeenCalledWith(ORG_REF);
    expect(api.listRollups).not.toHaveBeenCalled();
    expect(rowNames(grid)).toEqual(['Identity', 'Logistics', 'Payments']);
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    expect(screen.getByText('3 of 3 shown')).toBeInTheDocument();

    // Each cell says what it holds.
    expect(
      within(grid).getByLabelText('Payments mean level 2.5'),
    ).toHaveTextContent('2.5');
    expect(
      within(grid).getByLabelText('Payments: 5 of 10 entities assessed'),
    ).toHaveTextContent('50% (5/10)');
    expect(
      within(grid).getByLabelText(
        'Payments, Stability: 4 (mean), 5 of 10 scored, 0 stale, range 4–4',
      ),
    ).toHaveTextContent('4');
    expect(
      within(grid).getByLabelText('Identity, Stability: not scored'),
    ).toHaveTextContent('–');
    // The organisation itself is selected: its trend and weakest entities show below.
    expect(api.getRollupHistory).toHaveBeenCalledWith(ORG_REF, {
      vector: 'level',
    });
    expect(screen.getByText('Trend of Acme')).toBeInTheDocument();
    // No snapshot yet: the chart holds the live value only.
    await waitFor(() =>
      expect(chartLabel('Mean level of Acme')).toBe(
        'Mean level of Acme: 0 snapshot(s), now 2.8',
      ),
    );
  });

  it('says when nothing in the selected scope has a value yet', async () => {
    const { api, grid } = await renderOverview();

    await userEvent.click(
      within(grid).getByLabelText('Identity: 0 entities with stale scores'),
    );

    expect(await screen.findByText('Trend of Identity')).toBeInTheDocument();
    expect(api.getRollupHistory).toHaveBeenLastCalledWith(
      'domain:default/identity',
      { vector: 'level' },
    );
    expect(
      await screen.findByText(/Nothing in Identity has a mean level yet/),
    ).toBeInTheDocument();
  });

  it('charts the daily snapshots of the selected scope', async () => {
    const api = overviewApi();
    api.getRollupHistory.mockImplementation(async (scopeRef, range) => ({
      scopeRef,
      series: [
        {
          vector: range?.vector ?? 'level',
          points: ['2026-06-01', '2026-06-02'].map((day, i) => ({
            day,
            value: 2 + i / 2,
            assessed: 5,
            total: 10,
            stale: 0,
            distribution: [0, 0, 5, 0, 0, 0],
          })),
        },
      ],
    }));
    await renderOverview(api);

    // Two snapshots, then the live value of the roll-up.
    await waitFor(() =>
      expect(chartLabel('Mean level of Acme')).toBe(
        `Mean level of Acme: 2 snapshot(s) since ${new Date(
          '2026-06-01T00:00:00Z',
        ).toLocaleDateString()}, now 2.8`,
      ),
    );

    // The latest step of the trend explains itself.
    api.explainRollup.mockResolvedValue({
      ref: ORG_REF,
      vector: 'level',
      from: '2026-06-02T00:00:00.000Z',
      to: '2026-06-03T00:00:00.000Z',
      steps: [
        {
          at: '2026-06-02T10:00:00.000Z',
          kind: 'left',
          entityRef: 'component:default/api',
          text: 'api moved from system sys-a to sys-b',
        },
      ],
      hiddenSteps: 2,
      truncated: false,
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Why did it change?' }),
    );
    const why = await screen.findByRole('region', { name: 'Why it changed' });
    expect(
      await within(why).findByText(/api moved from system sys-a to sys-b/),
    ).toBeInTheDocument();
    expect(why).toHaveTextContent('2 more of entities you may not see.');
    expect(api.explainRollup).toHaveBeenCalledWith(
      ORG_REF,
      expect.objectContaining({
        vector: 'level',
        from: '2026-06-02T00:00:00.000Z',
      }),
    );
  });

  it("opens an entity's catalog page instead of drilling into it", async () => {
    const { api, grid } = await renderOverview();
    await userEvent.click(within(grid).getByText('Payments'));
    await userEvent.click(
      within(
        await currentGrid('Inside Payments', ['Checkout', 'Ledger']),
      ).getByText('Ledger'),
    );
    const ledger = await currentGrid('Inside Ledger', ['ledger-api']);

    await userEvent.click(within(ledger).getByText('ledger-api'));

    expect(screen.getByLabelText('Location')).toHaveTextContent(
      '/catalog/default/component/ledger-api',
    );
    // An entity is a leaf: it is never asked for as a roll-up scope.
    expect(api.getRollup).not.toHaveBeenCalledWith(
      'component:default/ledger-api',
    );
  });

  it('drills into a domain by click and back by the breadcrumbs', async () => {
    const { api, grid } = await renderOverview();

    await userEvent.click(within(grid).getByText('Payments'));

    await currentGrid('Inside Payments', ['Checkout', 'Ledger']);
    expect(api.getRollup).toHaveBeenLastCalledWith('domain:default/payments');
    const trail = screen.getByRole('navigation', { name: 'Drill-down' });
    expect(within(trail).getByText('Payments')).toBeInTheDocument();

    // The domain's weakest entities link to their pages.
    const pulling = await screen.findByRole('list', {
      name: 'Entities pulling the scope down',
    });
    expect(
      within(pulling)
        .getAllByRole('link')
        .map(link => link.getAttribute('href')),
    ).toEqual([
      '/catalog/default/component/legacy-pay',
      '/catalog/default/component/ledger-api',
    ]);

    await userEvent.click(within(trail).getByText('All domains'));
    await currentGrid('Domains', ['Identity', 'Logistics', 'Payments']);
    expect(
      within(
        screen.getByRole('navigation', { name: 'Drill-down' }),
      ).queryByText('Payments'),
    ).not.toBeInTheDocument();
  });

  it('shows progress while a drill-down loads', async () => {
    const api = overviewApi([PAYMENTS.scope.entityRef]);
    const { grid } = await renderOverview(api);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    await userEvent.click(within(grid).getByText('Payments'));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();

    act(() => api.release());
    await currentGrid('Inside Payments', ['Checkout', 'Ledger']);
    await waitFor(() =>
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(),
    );
  });

  // The rows on screen while a drill-down loads belong to the level being left: they are
  // faded and ignore clicks (even ones that get past the CSS), so the trail stays a path.
  it('ignores the previous level while a drill-down loads', async () => {
    const api = overviewApi([PAYMENTS.scope.entityRef]);
    const { grid } = await renderOverview(api);

    await userEvent.click(within(grid).getByText('Payments'));
    expect(grid.closest('[aria-busy="true"]')).not.toBeNull();
    const user = userEvent.setup({
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    await user.click(within(grid).getByText('Logistics'));
    act(() => api.release());
    await waitFor(() =>
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(),
    );

    expect(api.getRollup).toHaveBeenCalledTimes(2);
    const trail = screen.getByRole('navigation', { name: 'Drill-down' });
    expect(
      within(trail)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['All domains', 'Payments']);
  });

  it('opens the focused row with Enter and moves with the arrow keys', async () => {
    const { api, grid } = await renderOverview();

    // The body of the grid is one tab stop: the first row's name cell.
    const first = within(grid).getByText('Identity').closest('th')!;
    expect(first).toHaveAttribute('tabindex', '0');
    expect(grid.querySelectorAll('tbody [tabindex="0"]')).toHaveLength(1);

    act(() => first.focus());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    // Focus follows in the next animation frame; let it run inside act.
    await act(
      () =>
        new Promise<void>(resolve => requestAnimationFrame(() => resolve())),
    );
    const paymentsCell = within(grid).getByText('Payments').closest('th')!;
    expect(paymentsCell).toHaveFocus();
    expect(paymentsCell).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');

    await userEvent.keyboard('{Enter}');
    await currentGrid('Inside Payments', ['Checkout', 'Ledger']);
    expect(api.getRollup).toHaveBeenLastCalledWith(PAYMENTS.scope.entityRef);
  });

  it('selects a vector cell with Space and shows that vector’s trend', async () => {
    const { api, grid } = await renderOverview();

    const cell = within(grid).getByLabelText(/^Logistics, Documentation: 3/);
    act(() => cell.focus());
    await userEvent.keyboard(' ');

    expect(await screen.findByText('Trend of Logistics')).toBeInTheDocument();
    expect(api.getRollupHistory).toHaveBeenLastCalledWith(
      LOGISTICS.scope.entityRef,
      { vector: 'documentation' },
    );
    expect(screen.getByText('Pulling Logistics down')).toBeInTheDocument();
    expect(
      screen.getByText('No entity in this scope has a level yet.'),
    ).toBeInTheDocument();
  });

  it('rolls up by owner group, reading every page', async () => {
    const { api } = await renderOverview();

    await userEvent.click(screen.getByRole('button', { name: 'Owner groups' }));

    await currentGrid('Owner groups', ['Team A', 'Team B']);
    expect(api.listRollups).toHaveBeenCalledTimes(2);
    expect(api.listRollups).toHaveBeenNthCalledWith(
      1,
      expect.objectContaining({ scope: 'group', cursor: undefined }),
    );
    expect(api.listRollups).toHaveBeenNthCalledWith(
      2,
      expect.objectContaining({ scope: 'group', cursor: 'groups-2' }),
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Drill-down' })).getByText(
        'All owner groups',
      ),
    ).toBeInTheDocument();
  });

  it('sorts by a vector column, weakest first, and reverses on a second click', async () => {
    const { grid } = await renderOverview();

    // Sort labels are buttons in the column headers.
    const header = within(grid.querySelector('thead')!).getByText('Stability');
    expect(header).toHaveAttribute('role', 'button');
    await userEvent.click(header);
    // Logistics 2, Payments 4, Identity without a value last.
    expect(rowNames(grid)).toEqual(['Logistics', 'Payments', 'Identity']);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(header);
    expect(rowNames(grid)).toEqual(['Payments', 'Logistics', 'Identity']);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(
      within(grid.querySelector('thead')!).getByText('Level'),
    );
    expect(rowNames(grid)).toEqual(['Payments', 'Logistics', 'Identity']);
  });

  it('narrows the rows by name and by stale scores', async () => {
    const { grid } = await renderOverview();

    await userEvent.type(screen.getByLabelText('Filter by name'), 'LOG');
    expect(rowNames(grid)).toEqual(['Logistics']);
    expect(screen.getByText('1 of 3 shown')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Filter by name'));
    await userEvent.click(screen.getByLabelText('Only with stale scores'));
    expect(rowNames(grid)).toEqual(['Logistics']);
  });

  it('exports the CSV of the opened scope as a file', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:maturity-csv');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });
    try {
      const { api, grid } = await renderOverview();
      api.exportCsv.mockResolvedValue('entityRef,vector,score\n');

      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(api.exportCsv).toHaveBeenCalledWith(undefined);
      expect(clicked[0].download).toBe('maturity-all.csv');
      expect(clicked[0].href).toBe('blob:maturity-csv');
      const blob = createObjectURL.mock.calls[0][0];
      expect(blob.type).toBe('text/csv');
      expect(await blob.text()).toBe('entityRef,vector,score\n');
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:maturity-csv');

      await userEvent.click(within(grid).getByText('Payments'));
      await currentGrid('Inside Payments', ['Checkout', 'Ledger']);
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(clicked).toHaveLength(2));
      expect(api.exportCsv).toHaveBeenLastCalledWith('domain:default/payments');
      expect(clicked[1].download).toBe('maturity-domain-default-payments.csv');
    } finally {
      click.mockRestore();
    }
  });

  it('reports a failed export as an error alert', async () => {
    const { api, alertApi } = await renderOverview();
    api.exportCsv.mockRejectedValue(new Error('Export timed out'));

    const button = screen.getByRole('button', { name: 'Export CSV' });
    fireEvent.click(button);

    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: 'The export failed: Export timed out',
        severity: 'error',
      }),
    );
    await waitFor(() => expect(button).toBeEnabled());
  });

  it('shows an error with a retry when the roll-ups cannot be loaded', async () => {
    const api = overviewApi();
    api.getRollup.mockRejectedValueOnce(new Error('roll-ups not computed'));
    await renderWithApis(<MaturityOverview />, { api });

    expect(
      await screen.findByText(/Could not load the roll-ups/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await currentGrid('Domains', ['Identity', 'Logistics', 'Payments']);
  });
});
