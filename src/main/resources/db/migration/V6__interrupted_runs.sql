-- A run whose process died (kill -9, power loss) is marked interrupted by the next process to open
-- the store; owner names the process that runs it (host, PID and start time) so that one can tell.

ALTER TABLE discovery_run ADD COLUMN IF NOT EXISTS owner VARCHAR(300);
ALTER TABLE discovery_run DROP CONSTRAINT IF EXISTS discovery_run_status_ck;
ALTER TABLE discovery_run ADD CONSTRAINT discovery_run_status_ck
    CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'interrupted'));
