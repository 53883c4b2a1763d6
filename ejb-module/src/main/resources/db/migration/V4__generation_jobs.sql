-- Schedule generation and repair as jobs: what was asked (parameters), how far the solver is (stage,
-- best objective, elapsed), which schedule it produced, and whether a cancel was asked for.
ALTER TABLE job ADD COLUMN stage              VARCHAR(120);
ALTER TABLE job ADD COLUMN best_objective     BIGINT;
ALTER TABLE job ADD COLUMN elapsed_ms         BIGINT;
ALTER TABLE job ADD COLUMN parameters         TEXT;
ALTER TABLE job ADD COLUMN produced_schedule  VARCHAR(64);
ALTER TABLE job ADD COLUMN cancel_requested   BOOLEAN NOT NULL DEFAULT FALSE;

-- One solver job (generation or repair) per program at a time. The service checks first for a clear
-- 409; this index settles two concurrent submissions (the loser's insert fails, also a 409).
CREATE UNIQUE INDEX job_one_active_solve_idx ON job (program_id)
    WHERE kind IN ('GENERATE_SCHEDULE', 'REPAIR_SCHEDULE') AND state IN ('QUEUED', 'RUNNING');
