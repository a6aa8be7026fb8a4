-- Matching review: the explanation stored with each allocation, undo by a reversing allocation,
-- and the suggestions below the confidence bar that wait for a person.

-- The engine's explanation as JSON (rule, confidence, summary and evidence in German and
-- English); null for allocations made by a person or stored before this version.
ALTER TABLE allocation ADD COLUMN explanation VARCHAR(4000);
-- Set on the reversing allocation that undoes another one; the pair then counts as undone.
ALTER TABLE allocation ADD COLUMN reverses_id BIGINT;
CREATE INDEX ix_allocation_reverses ON allocation (tenant_id, reverses_id);

-- Ranked proposals for payments below the bar. A matching run marks the open suggestions of the
-- payments it looked at as SUPERSEDED and writes new ones, so the open rows always come from the
-- latest run. REJECTED rows stay as the negative the engine learned: the same payment is not
-- proposed for the same documents again. Payment and document ids carry no foreign keys, so a
-- deletion of payments or documents is not blocked by review history.
CREATE SEQUENCE match_suggestion_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE match_suggestion (
    id               BIGINT         NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    payment_id       BIGINT         NOT NULL,
    debtor_id        BIGINT,
    suggestion_rank  INTEGER        NOT NULL,
    score            NUMERIC(5, 4)  NOT NULL,
    rule_name        VARCHAR(100)   NOT NULL,
    -- The sorted document ids of the proposal, such as "12,15", to compare proposals.
    document_key     VARCHAR(1000)  NOT NULL,
    explanation      VARCHAR(4000)  NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_match_suggestion_state ON match_suggestion (tenant_id, state, id);
CREATE INDEX ix_match_suggestion_payment ON match_suggestion (tenant_id, payment_id);

-- The allocations a suggestion would make when confirmed.
CREATE SEQUENCE match_suggestion_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE match_suggestion_item (
    id              BIGINT         NOT NULL PRIMARY KEY,
    suggestion_id   BIGINT         NOT NULL REFERENCES match_suggestion (id) ON DELETE CASCADE,
    tenant_id       VARCHAR(63)    NOT NULL,
    document_id     BIGINT         NOT NULL,
    credit_note_id  BIGINT,
    kind            VARCHAR(20)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL
);
CREATE INDEX ix_match_suggestion_item_suggestion ON match_suggestion_item (suggestion_id);
CREATE INDEX ix_match_suggestion_item_document ON match_suggestion_item (tenant_id, document_id);
