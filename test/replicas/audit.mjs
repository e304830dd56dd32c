// Records, inside PostgreSQL, every claim and release of the scheduler's global tasks and every
// write of maturity_task_runs, with the session name of the replica that made it. Both tables
// keep only the latest state of a task, so polling them could miss a second run that came and
// went between two polls; a row trigger sees each change.

import { connect } from './helpers.mjs';

const SCHEDULER_AUDIT = `
CREATE TABLE IF NOT EXISTS replicas_test_task_events (
  seq bigserial PRIMARY KEY,
  task text NOT NULL,
  event text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  app text NOT NULL,
  -- The slot the task was due at (next_run_start_at after the change; at a claim, the slot
  -- being claimed).
  due timestamptz,
  error text
);
CREATE OR REPLACE FUNCTION replicas_test_task_event() RETURNS trigger AS $$
BEGIN
  IF OLD.current_run_ticket IS NULL AND NEW.current_run_ticket IS NOT NULL THEN
    INSERT INTO replicas_test_task_events (task, event, app, due)
      VALUES (NEW.id, 'claimed', current_setting('application_name'), NEW.next_run_start_at);
  ELSIF OLD.current_run_ticket IS NOT NULL AND NEW.current_run_ticket IS NULL THEN
    INSERT INTO replicas_test_task_events (task, event, app, due, error)
      VALUES (NEW.id, 'released', current_setting('application_name'), NEW.next_run_start_at,
        NEW.last_run_error_json);
  ELSIF NEW.next_run_start_at IS DISTINCT FROM OLD.next_run_start_at THEN
    -- A trigger (follow-up sync, a POST .../trigger) or a replica registering the task.
    INSERT INTO replicas_test_task_events (task, event, app, due)
      VALUES (NEW.id, 'rescheduled', current_setting('application_name'), NEW.next_run_start_at);
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS replicas_test_task_event ON backstage_backend_tasks__tasks;
CREATE TRIGGER replicas_test_task_event AFTER UPDATE ON backstage_backend_tasks__tasks
  FOR EACH ROW EXECUTE FUNCTION replicas_test_task_event();
`;

const TASK_RUNS_AUDIT = `
CREATE TABLE IF NOT EXISTS replicas_test_run_rows (
  seq bigserial PRIMARY KEY,
  task text NOT NULL,
  status text NOT NULL,
  started_at timestamptz NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  app text NOT NULL
);
CREATE OR REPLACE FUNCTION replicas_test_run_row() RETURNS trigger AS $$
BEGIN
  INSERT INTO replicas_test_run_rows (task, status, started_at, app)
    VALUES (NEW.task, NEW.status, NEW.started_at, current_setting('application_name'));
  RETURN NEW;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS replicas_test_run_row ON maturity_task_runs;
CREATE TRIGGER replicas_test_run_row AFTER INSERT OR UPDATE ON maturity_task_runs
  FOR EACH ROW EXECUTE FUNCTION replicas_test_run_row();
`;

/** Installs the triggers in the maturity and on-call databases; answers their clients. */
export async function installAudit() {
  const maturity = await connect('maturity');
  const oncall = await connect('oncall');
  await maturity.query(SCHEDULER_AUDIT);
  await maturity.query(TASK_RUNS_AUDIT);
  await oncall.query(SCHEDULER_AUDIT);
  return { maturity, oncall };
}

/** The scheduler events of one task since the triggers went in, oldest first. */
export async function taskEvents(client, task) {
  const { rows } = await client.query(
    `SELECT seq::int AS seq, event, at, app, due, error FROM replicas_test_task_events
      WHERE task = $1 ORDER BY seq`,
    [task],
  );
  return rows.map(r => ({
    ...r,
    at: new Date(r.at),
    due: r.due && new Date(r.due),
  }));
}

/** The writes of maturity_task_runs for one task since the triggers went in, oldest first. */
export async function runRows(client, task) {
  const { rows } = await client.query(
    `SELECT seq::int AS seq, status, started_at, at, app FROM replicas_test_run_rows
      WHERE task = $1 ORDER BY seq`,
    [task],
  );
  return rows.map(r => ({
    ...r,
    started_at: new Date(r.started_at),
    at: new Date(r.at),
  }));
}
