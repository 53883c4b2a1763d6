-- Accounts of the application's users and the audit log of every change.
-- Passwords are stored only as Jakarta Security PBKDF2 hashes
-- ("PBKDF2WithHmacSHA256:<iterations>:<salt b64>:<key b64>"), never in clear.

CREATE TABLE app_user (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash       VARCHAR(512) NOT NULL,
    -- A resident's or faculty member's own account; removing the person keeps the account unlinked.
    person_id           BIGINT REFERENCES person (id) ON DELETE SET NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX app_user_person_idx ON app_user (person_id);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(16) NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'FACULTY', 'RESIDENT')),
    PRIMARY KEY (user_id, role)
);

-- Who changed what, when. No foreign keys: an entry outlives the user and the thing it describes.
CREATE TABLE audit_entry (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    username    VARCHAR(64),
    method      VARCHAR(8)   NOT NULL,
    path        TEXT         NOT NULL,
    entity      TEXT         NOT NULL,  -- the resource's path template, e.g. /api/programs/{programId}/residents/{id}
    status      INTEGER      NOT NULL,
    location    TEXT,                   -- what a POST created (its Location)
    before_json TEXT,                   -- the representation before a PUT or DELETE, when readable
    after_json  TEXT                    -- the request body, passwords redacted
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);
CREATE INDEX audit_entry_username_idx ON audit_entry (username);
