-- DATEV exports with the bytes of their EXTF files, so that the API and the UI can hand out a
-- file in any process after the export ran. Portable SQL for PostgreSQL and H2.

CREATE SEQUENCE ledger_export_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ledger_export (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    period           VARCHAR(7)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(200)  NOT NULL,
    bookings         INTEGER       NOT NULL,
    debtor_accounts  INTEGER       NOT NULL,
    notices          INTEGER       NOT NULL
);
CREATE INDEX ix_ledger_export_tenant ON ledger_export (tenant_id, id);
CREATE INDEX ix_ledger_export_period ON ledger_export (tenant_id, period);

-- The files apart from the export, so that listing exports does not read their bytes.
-- The store rejects files above 64 MiB.
CREATE TABLE ledger_export_file (
    export_id   BIGINT        NOT NULL REFERENCES ledger_export (id) ON DELETE CASCADE,
    file_index  INTEGER       NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    row_count   INTEGER       NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     BYTEA         NOT NULL,
    PRIMARY KEY (export_id, file_name)
);
