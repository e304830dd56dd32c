import { StatusResponse, TaskRun } from '@agile-ops/plugin-maturity-common';
import { LinearProgress, Typography } from '@material-ui/core';
import { useEffect, useState } from 'react';
import { useMaturityApi } from '../../hooks/useRubric';

/** The tasks whose runs change what the overview shows. */
const SYNC_TASK = 'maturity-hierarchy-sync';
const BACKFILL_TASK = 'maturity-snapshot-backfill';
/** How often the status is asked again while one of them runs. */
const POLL_MS = 5_000;
/** Polling stops after this many answers, however long a run takes. */
const MAX_POLLS = 120;

function when(iso: string) {
  return new Date(iso).toLocaleString();
}

function describe(status: StatusResponse): {
  text: string;
  running: TaskRun | undefined;
} {
  const sync = status.tasks.find(t => t.task === SYNC_TASK);
  const backfill = status.tasks.find(t => t.task === BACKFILL_TASK);
  const running = [sync, backfill].find(t => t?.status === 'running');
  if (running?.task === BACKFILL_TASK) {
    const { days, done } = running.summary ?? {};
    return {
      running,
      text:
        days !== undefined
          ? `Filling past trends from the score history: ${
              done ?? 0
            } of ${days} days`
          : 'Filling past trends from the score history…',
    };
  }
  if (running) {
    return { running, text: 'Refreshing the roll-ups from the catalog…' };
  }
  const entities = status.entities.toLocaleString();
  return {
    running: undefined,
    text: sync?.finishedAt
      ? `Roll-ups of ${entities} entities, refreshed from the catalog ${when(
          sync.finishedAt,
        )}`
      : `Roll-ups of ${entities} entities; not refreshed from the catalog yet`,
  };
}

/**
 * When the roll-ups were last refreshed and for how many entities, with a progress bar while
 * the hierarchy sync or the trend backfill runs (read from `/status`, polled only meanwhile).
 */
export function RefreshStatus() {
  const api = useMaturityApi();
  const [status, setStatus] = useState<StatusResponse>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    const ask = async () => {
      polls += 1;
      // The status line is a courtesy: the overview works without it.
      const next = await api.getStatus().catch(() => undefined);
      if (stopped || !next) return;
      setStatus(next);
      if (describe(next).running && polls < MAX_POLLS) {
        timer = setTimeout(ask, POLL_MS);
      }
    };
    ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  if (!status) return null;
  const { text, running } = describe(status);
  const progress =
    running?.summary?.days !== undefined
      ? (100 * (running.summary.done ?? 0)) / Math.max(running.summary.days, 1)
      : undefined;
  return (
    <div role="status" aria-live="polite">
      <Typography variant="body2" color="textSecondary">
        {text}
      </Typography>
      {running && (
        <LinearProgress
          aria-label={text}
          variant={progress === undefined ? 'indeterminate' : 'determinate'}
          value={progress}
        />
      )}
    </div>
  );
}
