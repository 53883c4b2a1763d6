-- Resilience (issue 4): contingency analyses with the schedule they were computed for, defense level
-- changes, precomputed fallback schedules, and the runs of the periodic resilience tasks.

CREATE TABLE contingency_analysis (
    id              BIGSERIAL PRIMARY KEY,
    program_id      BIGINT      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    schedule_id     BIGINT      NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    schedule_key    TEXT        NOT NULL,
    schedule_updated_at TIMESTAMPTZ NOT NULL,   -- the version of the schedule the analysis saw
    computed_at     TIMESTAMPTZ NOT NULL,
    range_from      DATE        NOT NULL,
    range_to        DATE        NOT NULL,
    critical_people INTEGER     NOT NULL,
    critical_pairs  INTEGER     NOT NULL,
    millis          BIGINT      NOT NULL,
    report          TEXT        NOT NULL        -- the ranked N-1 and N-2 tables as JSON
);
CREATE INDEX contingency_analysis_program_idx ON contingency_analysis (program_id, computed_at);

CREATE TABLE defense_level_change (
    id          BIGSERIAL PRIMARY KEY,
    program_id  BIGINT      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    changed_at  TIMESTAMPTZ NOT NULL,
    from_level  VARCHAR(8),                     -- NULL: the program's first assessment
    to_level    VARCHAR(8)  NOT NULL,
    cause       TEXT        NOT NULL
);
CREATE INDEX defense_level_change_program_idx ON defense_level_change (program_id, changed_at);

CREATE TABLE fallback_schedule (
    id                BIGSERIAL PRIMARY KEY,
    program_id        BIGINT      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    analysis_id       BIGINT      REFERENCES contingency_analysis (id) ON DELETE SET NULL,
    source_schedule_id BIGINT     NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    person_ref        TEXT        NOT NULL,     -- the person whose loss it covers
    range_from        DATE        NOT NULL,
    range_to          DATE        NOT NULL,
    changes           INTEGER     NOT NULL,
    document          TEXT        NOT NULL,     -- the repaired residency-schedule/1 document
    created_at        TIMESTAMPTZ NOT NULL,
    state             VARCHAR(16) NOT NULL CHECK (state IN ('READY', 'ACTIVE', 'ROLLED_BACK')),
    activated_at      TIMESTAMPTZ,
    activated_by      TEXT,
    previous_document TEXT,                     -- the schedule it replaced, kept for the roll-back
    absence_id        BIGINT,                   -- the absence activation added to the program
    rolled_back_at    TIMESTAMPTZ,
    rolled_back_by    TEXT
);
CREATE INDEX fallback_schedule_program_idx ON fallback_schedule (program_id, state);

-- One row per run of a periodic task; at most one RUNNING row per task, so a task never runs twice at once.
CREATE TABLE task_run (
    id           BIGSERIAL PRIMARY KEY,
    task         VARCHAR(40) NOT NULL,
    attempt      INTEGER     NOT NULL,
    state        VARCHAR(16) NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'RETRYING', 'SKIPPED')),
    queued_at    TIMESTAMPTZ NOT NULL,
    started_at   TIMESTAMPTZ,
    finished_at  TIMESTAMPTZ,
    detail       TEXT
);
CREATE UNIQUE INDEX task_run_one_running ON task_run (task) WHERE state = 'RUNNING';
CREATE INDEX task_run_task_idx ON task_run (task, queued_at);

-- Alert notifications (mail and/or webhook). The key deduplicates: one row, so one notification, per finding.
CREATE TABLE alert_notification (
    id          BIGSERIAL PRIMARY KEY,
    alert_key   TEXT        NOT NULL UNIQUE,
    program_id  BIGINT      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    subject     TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    state       VARCHAR(16) NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts    INTEGER     NOT NULL DEFAULT 0,
    sent_at     TIMESTAMPTZ,
    error       TEXT
);
CREATE INDEX alert_notification_state_idx ON alert_notification (state);
