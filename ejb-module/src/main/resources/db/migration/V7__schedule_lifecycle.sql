-- Schedule life cycle (issue 5): drafts and the one published schedule of a program, overrides of the
-- rules or the freeze horizon with their reasons, and shift swaps between residents.

-- Every stored schedule starts as a DRAFT. Publishing one makes it THE schedule of its program and turns
-- the previously published one into ARCHIVED (kept, readable by coordinators, publishable again).
ALTER TABLE schedule ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'DRAFT'
    CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'));
ALTER TABLE schedule ADD COLUMN published_at TIMESTAMPTZ;
ALTER TABLE schedule ADD COLUMN published_by TEXT;
ALTER TABLE schedule ADD COLUMN publish_reason TEXT;   -- the override reason when it had hard violations
-- At most one published schedule per program, whatever the application does.
CREATE UNIQUE INDEX schedule_one_published ON schedule (program_id) WHERE status = 'PUBLISHED';

-- A change that went ahead against the rules: hard violations it introduced, or days inside the freeze
-- horizon of the published schedule. Who, when, what, why, and the violations (JSON array).
CREATE TABLE schedule_override (
    id          BIGSERIAL PRIMARY KEY,
    schedule_id BIGINT      NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('PUBLISH', 'EDIT', 'SWAP')),
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    what        TEXT        NOT NULL,
    reason      TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
    frozen      BOOLEAN     NOT NULL,                  -- it changed days inside the freeze horizon
    violations  TEXT        NOT NULL                   -- the hard violations it introduced, JSON
);
CREATE INDEX schedule_override_schedule_idx ON schedule_override (schedule_id, at);

-- A resident offers a call night or a day of the published schedule, another accepts, a coordinator
-- approves (applied) or rejects; an approved swap may be rolled back within 24 hours.
CREATE TABLE shift_swap (
    id              BIGSERIAL PRIMARY KEY,
    program_id      BIGINT      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    schedule_id     BIGINT      NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    kind            VARCHAR(8)  NOT NULL CHECK (kind IN ('CALL', 'DAY')),
    swap_date       DATE        NOT NULL,
    offered_by      TEXT        NOT NULL,               -- the residents' ids in the program
    accepted_by     TEXT,
    state           VARCHAR(16) NOT NULL
        CHECK (state IN ('OFFERED', 'ACCEPTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'ROLLED_BACK')),
    note            TEXT,
    offered_at      TIMESTAMPTZ NOT NULL,
    offered_user    TEXT        NOT NULL,
    accepted_at     TIMESTAMPTZ,
    accepted_user   TEXT,
    decided_at      TIMESTAMPTZ,
    decided_by      TEXT,
    reason          TEXT,                               -- rejection reason, or the approval's override reason
    cells           TEXT,                               -- the cells the approval changed, before and after (JSON)
    rolled_back_at  TIMESTAMPTZ,
    rolled_back_by  TEXT,
    CHECK (accepted_by IS NULL OR accepted_by <> offered_by)
);
CREATE INDEX shift_swap_program_idx ON shift_swap (program_id, state);
