-- Absence requests (issue 5): a resident or faculty member asks for time away, a coordinator approves
-- (the absence is then added to the program, optionally with a minimum-change repair of the schedule)
-- or rejects; the requester may withdraw a request that is not decided yet.

CREATE TABLE absence_request (
    id                BIGSERIAL PRIMARY KEY,
    program_id        BIGINT      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    person_id         BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    start_date        DATE        NOT NULL,
    end_date          DATE        NOT NULL CHECK (end_date >= start_date),
    kind              TEXT        NOT NULL CHECK (length(btrim(kind)) > 0),
    note              TEXT,
    status            VARCHAR(16) NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    requested_by      VARCHAR(64) NOT NULL,              -- the account's username
    requested_at      TIMESTAMPTZ NOT NULL,
    decided_by        VARCHAR(64),                       -- who approved, rejected or withdrew it
    decided_at        TIMESTAMPTZ,
    decision_comment  TEXT,
    -- What an approval did: the absence it added to the program and the repaired schedule it stored.
    absence_id        BIGINT REFERENCES absence (id) ON DELETE SET NULL,
    repaired_schedule TEXT,
    -- The latest repair proposal job asked for this request (job ids; no key: jobs are pruned on their own).
    proposal_job_id   BIGINT,
    CHECK ((status = 'REQUESTED') = (decided_at IS NULL))
);
CREATE INDEX absence_request_program_idx ON absence_request (program_id, status, start_date);
CREATE INDEX absence_request_person_idx ON absence_request (person_id, start_date);

-- The result of a repair proposal: the repaired schedule, kept out of the schedules until a coordinator
-- approves with it, and the schedule version it started from (approval is refused once that changed).
CREATE TABLE absence_repair_proposal (
    id             BIGSERIAL PRIMARY KEY,
    request_id     BIGINT      NOT NULL REFERENCES absence_request (id) ON DELETE CASCADE,
    job_id         BIGINT      NOT NULL UNIQUE,
    base_schedule  TEXT        NOT NULL,                 -- key of the schedule repaired
    base_updated   TIMESTAMPTZ NOT NULL,                 -- its updated_at when the repair read it
    created_at     TIMESTAMPTZ NOT NULL,
    schedule_json  TEXT        NOT NULL,                 -- the repaired residency-schedule/1 document
    changes_json   TEXT        NOT NULL,                 -- [{kind, person, date, before, after}]
    report_json    TEXT        NOT NULL                  -- {violations: [...], metrics: {...}} after the repair
);
CREATE INDEX absence_repair_proposal_request_idx ON absence_repair_proposal (request_id);
