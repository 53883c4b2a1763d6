-- Calendar feeds (issue 5): one secret feed URL per person, for calendar apps that cannot sign in.
-- Only a SHA-256 hash of the 256-bit token is stored, so a copy of the database cannot read anyone's
-- calendar; revoking deletes the row, re-issuing replaces the hash (the old URL stops working at once).

CREATE TABLE calendar_feed (
    id          BIGSERIAL PRIMARY KEY,
    person_id   BIGINT      NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
    token_hash  CHAR(64)    NOT NULL UNIQUE,   -- hex SHA-256 of the token
    issued_at   TIMESTAMPTZ NOT NULL,
    issued_by   TEXT        NOT NULL
);
