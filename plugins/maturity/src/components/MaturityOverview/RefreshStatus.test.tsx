import { StatusResponse } from '@agile-ops/plugin-maturity-common';
import { act, screen } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakeMaturityApi';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { RefreshStatus } from './RefreshStatus';

const FINISHED = '2026-12-03T09:15:00.000Z';

const status = (tasks: StatusResponse['tasks']): StatusResponse => ({
  tasks,
  entities: 1234,
});
const sync = (over: object = {}) => ({
  task: 'maturity-hierarchy-sync',
  startedAt: '2026-12-03T09:14:00.000Z',
  finishedAt: FINISHED,
  status: 'succeeded' as const,
  ...over,
});

describe('RefreshStatus', () => {
  afterEach(() => jest.useRealTimers());

  it('says when the roll-ups were refreshed and for how many entities, without a progress bar', async () => {
    const api = fakeMaturityApi({ getStatus: async () => status([sync()]) });
    await renderWithApis(<RefreshStatus />, { api });
    expect(
      await screen.findByText(
        `Roll-ups of 1,234 entities, refreshed from the catalog ${new Date(
          FINISHED,
        ).toLocaleString()}`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(api.getStatus).toHaveBeenCalledTimes(1);
  });

  it('says so before the first refresh', async () => {
    const api = fakeMaturityApi({ getStatus: async () => status([]) });
    await renderWithApis(<RefreshStatus />, { api });
    expect(
      await screen.findByText(
        'Roll-ups of 1,234 entities; not refreshed from the catalog yet',
      ),
    ).toBeInTheDocument();
  });

  it('shows the backfill’s progress and asks again until it is done', async () => {
    jest.useFakeTimers();
    const answers = [
      status([
        sync(),
        {
          task: 'maturity-snapshot-backfill',
          startedAt: FINISHED,
          status: 'running',
          summary: { days: 40, done: 10 },
        },
      ]),
      status([sync()]),
    ];
    const api = fakeMaturityApi({
      getStatus: async () => answers.shift() ?? status([sync()]),
    });
    await renderWithApis(<RefreshStatus />, { api });

    const bar = await screen.findByRole('progressbar', {
      name: 'Filling past trends from the score history: 10 of 40 days',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '25');

    await act(async () => {
      jest.advanceTimersByTime(5_000);
    });
    expect(
      await screen.findByText(/^Roll-ups of 1,234 entities, refreshed/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(api.getStatus).toHaveBeenCalledTimes(2);
    // Nothing runs any more: no further polls.
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(api.getStatus).toHaveBeenCalledTimes(2);
  });

  it('shows an indeterminate bar while the hierarchy sync runs', async () => {
    const api = fakeMaturityApi({
      getStatus: async () =>
        status([sync({ status: 'running', finishedAt: undefined })]),
    });
    await renderWithApis(<RefreshStatus />, { api });
    const bar = await screen.findByRole('progressbar', {
      name: 'Refreshing the roll-ups from the catalog…',
    });
    expect(bar).not.toHaveAttribute('aria-valuenow');
  });
});
