-- Schedules of a program and the runs that produced them. The row tables are written in bulk (batch
-- writing, ids preallocated by the sequence step) and read back one query per table, ordered by index.

CREATE SEQUENCE schedule_run_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE schedule_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE block_assignment_seq INCREMENT BY 500 START WITH 500;
CREATE SEQUENCE day_session_seq INCREMENT BY 1000 START WITH 1000;
CREATE SEQUENCE call_night_seq INCREMENT BY 500 START WITH 500;

CREATE TABLE schedule_run (
    id          bigint PRIMARY KEY,
    program_id  bigint      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    kind        varchar(16) NOT NULL CHECK (kind IN ('IMPORT', 'GENERATED', 'REPAIR', 'FALLBACK')),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    parameters  text,
    outcome     text
);

CREATE TABLE schedule (
    id            bigint PRIMARY KEY,
    program_id    bigint      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    schedule_key  text        NOT NULL,
    program_label text,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    run_id        bigint REFERENCES schedule_run (id) ON DELETE SET NULL,
    UNIQUE (program_id, schedule_key)
);

CREATE TABLE block_assignment (
    id           bigint PRIMARY KEY,
    schedule_id  bigint  NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    resident_id  bigint  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    block_index  integer NOT NULL CHECK (block_index >= 0),
    rotation_ref text,                                  -- as written; may be no rotation of the program
    UNIQUE (schedule_id, resident_id, block_index)
);

CREATE TABLE day_session (
    id          bigint PRIMARY KEY,
    schedule_id bigint     NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    person_id   bigint     NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    day_index   integer    NOT NULL CHECK (day_index >= 0),
    day_date    date       NOT NULL,
    am_code     varchar(1) NOT NULL CHECK (am_code IN ('R', 'C', 'P', 'O', 'A')),
    pm_code     varchar(1) NOT NULL CHECK (pm_code IN ('R', 'C', 'P', 'O', 'A')),
    UNIQUE (schedule_id, person_id, day_index)          -- also the index for reading a whole schedule
);

CREATE TABLE call_night (
    id           bigint PRIMARY KEY,
    schedule_id  bigint  NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    night_index  integer NOT NULL CHECK (night_index >= 0),
    night_date   date    NOT NULL,
    resident_ref text,                                  -- NULL: nobody on call that night
    UNIQUE (schedule_id, night_index)
);

-- "What is this person doing on this date" across schedules, and runs/schedules by program.
CREATE INDEX day_session_person_date_idx ON day_session (person_id, day_date);
CREATE INDEX block_assignment_resident_idx ON block_assignment (resident_id);
CREATE INDEX call_night_date_idx ON call_night (night_date);
CREATE INDEX schedule_run_program_idx ON schedule_run (program_id, started_at);
CREATE INDEX schedule_run_idx ON schedule (run_id);
