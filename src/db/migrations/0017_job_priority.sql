-- The job queue's claim reads only due queued jobs, most urgent first (decision 004).
-- A priority: a job someone is waiting on (a convention schedule run) passes before hundreds of queued e-mails,
-- without being dated in the past. The claim walks this partial index in order and stops at the first job it may
-- take, so finished jobs (kept a while for the admin page, then pruned) never cost it anything; expired leases
-- have their own small index.
ALTER TABLE jobs ADD COLUMN priority smallint NOT NULL DEFAULT 0;
DROP INDEX jobs_ready_idx;
CREATE INDEX jobs_due_idx ON jobs (priority DESC, run_at) WHERE status = 'queued';
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE status = 'running';
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE status IN ('done', 'failed');
