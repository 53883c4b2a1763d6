-- Long-running work handed to the JMS job queue: its state as users and operators see it.
CREATE TABLE job (
    id            BIGSERIAL PRIMARY KEY,
    kind          VARCHAR(40)  NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    progress      INTEGER      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    program_id    BIGINT,
    schedule_key  VARCHAR(64),
    result        TEXT,
    result_link   VARCHAR(255),
    error         TEXT,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX job_state_idx ON job (state);
CREATE INDEX job_program_idx ON job (program_id);

-- Messages the broker gave up on after its redelivery attempts (OpenMQ's dead message queue).
CREATE TABLE dead_letter (
    id           BIGSERIAL PRIMARY KEY,
    destination  VARCHAR(255),
    body         TEXT,
    reason       TEXT,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The periodic system health snapshot (EJB timer, every 15 minutes by default).
CREATE TABLE health_snapshot (
    id               BIGSERIAL PRIMARY KEY,
    taken_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    programs         INTEGER NOT NULL,
    schedules        INTEGER NOT NULL,
    jobs_queued      INTEGER NOT NULL,
    jobs_failed      INTEGER NOT NULL,
    heap_used_bytes  BIGINT  NOT NULL,
    heap_max_bytes   BIGINT  NOT NULL,
    database_ok      BOOLEAN NOT NULL,
    cache_ok         BOOLEAN NOT NULL
);
CREATE INDEX health_snapshot_taken_idx ON health_snapshot (taken_at);
