-- The program model: one program with its people, rotations, curriculum, fixed blocks, absences, requests.
-- Sequences step by the JPA allocationSize (50), so EclipseLink hands out ids without a round trip each.
-- Every child row goes with its program (ON DELETE CASCADE), so deleting a program is one statement.

CREATE SEQUENCE program_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE person_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE rotation_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE curriculum_entry_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE fixed_assignment_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE absence_seq INCREMENT BY 50 START WITH 50;
CREATE SEQUENCE day_off_request_seq INCREMENT BY 50 START WITH 50;

CREATE TABLE program (
    id                 bigint PRIMARY KEY,
    name               text UNIQUE,                 -- optional in the format; NULLs do not collide
    start_date         date    NOT NULL,
    blocks             integer NOT NULL CHECK (blocks >= 1),
    block_days         integer NOT NULL CHECK (block_days >= 1),
    half_day_hours     numeric NOT NULL CHECK (half_day_hours >= 0),   -- no fixed scale: 6 stays 6, 6.5 stays 6.5
    call_night_hours   numeric NOT NULL CHECK (call_night_hours >= 0),
    clinic_capacity    integer NOT NULL CHECK (clinic_capacity >= 0),
    pgy1_per_faculty   integer CHECK (pgy1_per_faculty >= 1),        -- NULL: supervision absent, default 2
    senior_per_faculty integer CHECK (senior_per_faculty >= 1),      -- NULL: supervision absent, default 4
    has_fixed          boolean NOT NULL,
    has_absences       boolean NOT NULL,
    has_requests       boolean NOT NULL
);

-- Residents and faculty in one table, so sessions, absences and requests have one person key.
CREATE TABLE person (
    id                   bigint PRIMARY KEY,
    program_id           bigint      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    role                 varchar(16) NOT NULL CHECK (role IN ('RESIDENT', 'FACULTY')),
    external_id          text        NOT NULL,
    name                 text,
    pgy                  integer CHECK (pgy BETWEEN 1 AND 3),
    max_precept_per_week integer CHECK (max_precept_per_week >= 0),
    position             integer     NOT NULL,
    UNIQUE (program_id, external_id),
    CHECK ((role = 'RESIDENT' AND pgy IS NOT NULL) OR (role = 'FACULTY' AND max_precept_per_week IS NOT NULL))
);

CREATE TABLE rotation (
    id              bigint PRIMARY KEY,
    program_id      bigint  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    external_id     text    NOT NULL,
    name            text,
    min_residents   integer NOT NULL CHECK (min_residents >= 0),
    max_residents   integer NOT NULL CHECK (max_residents >= 0),
    min_per_session integer NOT NULL CHECK (min_per_session >= 0),
    works_weekends  boolean NOT NULL,
    clinic_per_week integer NOT NULL CHECK (clinic_per_week >= 0),
    call_pool       boolean NOT NULL,
    position        integer NOT NULL,
    UNIQUE (program_id, external_id)
);

CREATE TABLE rotation_pgy (
    rotation_id bigint  NOT NULL REFERENCES rotation (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    pgy         integer NOT NULL CHECK (pgy BETWEEN 1 AND 3),
    PRIMARY KEY (rotation_id, position)
);

CREATE TABLE curriculum_entry (
    id          bigint PRIMARY KEY,
    program_id  bigint  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    pgy         integer NOT NULL CHECK (pgy BETWEEN 1 AND 3),
    rotation_id bigint  NOT NULL REFERENCES rotation (id) ON DELETE CASCADE,
    min_blocks  integer NOT NULL CHECK (min_blocks >= 0),
    max_blocks  integer NOT NULL CHECK (max_blocks >= 0),
    position    integer NOT NULL,
    UNIQUE (program_id, pgy, rotation_id)
);

CREATE TABLE fixed_assignment (
    id          bigint PRIMARY KEY,
    program_id  bigint  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    resident_id bigint  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    block       integer NOT NULL CHECK (block >= 1),
    rotation_id bigint  NOT NULL REFERENCES rotation (id) ON DELETE CASCADE,
    position    integer NOT NULL
);

CREATE TABLE absence (
    id         bigint PRIMARY KEY,
    program_id bigint  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    person_id  bigint  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    start_date date    NOT NULL,
    end_date   date    NOT NULL CHECK (end_date >= start_date),
    kind       text,
    position   integer NOT NULL
);

CREATE TABLE day_off_request (
    id           bigint PRIMARY KEY,
    program_id   bigint  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    person_id    bigint  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    request_date date    NOT NULL,
    kind         varchar(16) NOT NULL,
    position     integer NOT NULL
);

-- Loading a program reads each list by program; lookups by person (absences on a date) use person_id.
CREATE INDEX person_program_idx ON person (program_id, position);
CREATE INDEX rotation_program_idx ON rotation (program_id, position);
CREATE INDEX curriculum_entry_program_idx ON curriculum_entry (program_id, position);
CREATE INDEX fixed_assignment_program_idx ON fixed_assignment (program_id, position);
CREATE INDEX absence_program_idx ON absence (program_id, position);
CREATE INDEX absence_person_idx ON absence (person_id, start_date);
CREATE INDEX day_off_request_program_idx ON day_off_request (program_id, position);
CREATE INDEX day_off_request_person_idx ON day_off_request (person_id, request_date);
