-- The external ids under which other sources deliver a debtor that ingestion linked to a stored
-- debtor by customer number (Debitorennummer). A later batch of such a source finds the debtor
-- through this key, so its documents need not deliver the debtor again. Deleting the debtor
-- deletes its keys.
CREATE SEQUENCE debtor_source_key_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE debtor_source_key (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)   NOT NULL,
    source       VARCHAR(100)  NOT NULL,
    external_id  VARCHAR(200)  NOT NULL,
    debtor_id    BIGINT        NOT NULL REFERENCES debtor (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_debtor_source_key UNIQUE (tenant_id, source, external_id)
);
CREATE INDEX ix_debtor_source_key_debtor ON debtor_source_key (debtor_id);
