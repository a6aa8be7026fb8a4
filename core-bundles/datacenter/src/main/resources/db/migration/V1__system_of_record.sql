-- Schema of the system of record. Portable SQL: the same script runs on PostgreSQL and H2.
-- Every table carries tenant_id; ids come from sequences that hand out blocks of 50, so that
-- Hibernate can batch inserts.

CREATE TABLE tenant (
    id          VARCHAR(63)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE debtor_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE debtor (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    tenant_id             VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    source                VARCHAR(100) NOT NULL,
    external_id           VARCHAR(200) NOT NULL,
    customer_number       VARCHAR(50),
    name                  VARCHAR(300) NOT NULL,
    address_line1         VARCHAR(200),
    address_line2         VARCHAR(200),
    postal_code           VARCHAR(20),
    city                  VARCHAR(100),
    country_code          VARCHAR(2),
    email                 VARCHAR(254),
    language              VARCHAR(2),
    consumer              BOOLEAN      NOT NULL,
    vat_id                VARCHAR(20),
    buyer_reference       VARCHAR(100),
    source_ibans          VARCHAR(400),
    dunning_block_reason  VARCHAR(500),
    dunning_block_until   DATE,
    blocked_until         DATE,
    content_hash          VARCHAR(64)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_debtor_source UNIQUE (tenant_id, source, external_id)
);

CREATE SEQUENCE debtor_iban_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE debtor_iban (
    id          BIGINT      NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(63) NOT NULL REFERENCES tenant (id),
    debtor_id   BIGINT      NOT NULL REFERENCES debtor (id),
    iban        VARCHAR(34) NOT NULL,
    CONSTRAINT uq_debtor_iban UNIQUE (debtor_id, iban)
);
CREATE INDEX ix_debtor_iban_iban ON debtor_iban (tenant_id, iban);

CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    tenant_id            VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    debtor_id            BIGINT        NOT NULL REFERENCES debtor (id),
    source               VARCHAR(100)  NOT NULL,
    external_id          VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    document_number      VARCHAR(100)  NOT NULL,
    issue_date           DATE          NOT NULL,
    due_date             DATE,
    service_from         DATE,
    service_to           DATE,
    currency             VARCHAR(3)    NOT NULL,
    net_total            NUMERIC(19, 2) NOT NULL,
    tax_total            NUMERIC(19, 2) NOT NULL,
    gross_total          NUMERIC(19, 2) NOT NULL,
    amount_due           NUMERIC(19, 2) NOT NULL,
    terms_text           VARCHAR(1000),
    order_reference      VARCHAR(200),
    buyer_reference      VARCHAR(200),
    preceding_number     VARCHAR(100),
    original_file_name   VARCHAR(255),
    original_media_type  VARCHAR(100),
    original_sha256      VARCHAR(64),
    safe_source          BOOLEAN       NOT NULL,
    booked_on            DATE,
    blocked_until        DATE,
    content_hash         VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_document_source UNIQUE (tenant_id, source, external_id)
);
CREATE INDEX ix_document_debtor ON document (tenant_id, debtor_id);

CREATE SEQUENCE document_vat_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document_vat (
    id           BIGINT         NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    document_id  BIGINT         NOT NULL REFERENCES document (id),
    category     VARCHAR(4)     NOT NULL,
    rate         NUMERIC(5, 2)  NOT NULL,
    net          NUMERIC(19, 2) NOT NULL,
    tax          NUMERIC(19, 2) NOT NULL
);
CREATE INDEX ix_document_vat_document ON document_vat (document_id);

CREATE SEQUENCE cash_discount_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE cash_discount (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    document_id       BIGINT        NOT NULL REFERENCES document (id),
    days              INTEGER       NOT NULL,
    discount_percent  NUMERIC(5, 2) NOT NULL
);
CREATE INDEX ix_cash_discount_document ON cash_discount (document_id);

CREATE TABLE document_original (
    document_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES document (id),
    tenant_id    VARCHAR(63) NOT NULL REFERENCES tenant (id),
    content      BYTEA       NOT NULL
);

CREATE SEQUENCE payment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE payment (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    source              VARCHAR(100)   NOT NULL,
    external_id         VARCHAR(200)   NOT NULL,
    account_iban        VARCHAR(34)    NOT NULL,
    booking_date        DATE           NOT NULL,
    value_date          DATE,
    amount              NUMERIC(19, 2) NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    counterparty_name   VARCHAR(200),
    counterparty_iban   VARCHAR(34),
    counterparty_bic    VARCHAR(11),
    remittance_text     VARCHAR(1000),
    end_to_end_id       VARCHAR(100),
    creditor_reference  VARCHAR(100),
    mandate_reference   VARCHAR(100),
    return_reason       VARCHAR(10),
    fee_amount          NUMERIC(19, 2),
    fee_currency        VARCHAR(3),
    batch_id            VARCHAR(100),
    reversal            BOOLEAN        NOT NULL,
    fingerprint         VARCHAR(64)    NOT NULL,
    duplicate_of        BIGINT         REFERENCES payment (id),
    duplicate_undone    BOOLEAN        NOT NULL,
    content_hash        VARCHAR(64)    NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_payment_source UNIQUE (tenant_id, source, external_id)
);
CREATE INDEX ix_payment_fingerprint ON payment (tenant_id, fingerprint);
CREATE INDEX ix_payment_booking ON payment (tenant_id, booking_date);

CREATE SEQUENCE allocation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE allocation (
    id              BIGINT         NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    document_id     BIGINT         NOT NULL REFERENCES document (id),
    payment_id      BIGINT         REFERENCES payment (id),
    credit_note_id  BIGINT         REFERENCES document (id),
    kind            VARCHAR(20)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    rule_name       VARCHAR(100),
    confidence      NUMERIC(5, 4),
    user_name       VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_allocation_document ON allocation (tenant_id, document_id);

-- The audit trail keeps ids without foreign keys: events outlive the rows a deletion removes.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type    VARCHAR(30)   NOT NULL,
    subject_type  VARCHAR(20)   NOT NULL,
    subject_id    VARCHAR(200),
    debtor_id     BIGINT,
    document_id   BIGINT,
    actor         VARCHAR(200)  NOT NULL,
    details       VARCHAR(2000)
);
CREATE INDEX ix_audit_event_document ON audit_event (tenant_id, document_id);
CREATE INDEX ix_audit_event_debtor ON audit_event (tenant_id, debtor_id);

CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_batch (
    id           BIGINT       NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    source       VARCHAR(100) NOT NULL,
    instance_id  VARCHAR(100) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received     INTEGER      NOT NULL,
    created      INTEGER      NOT NULL,
    updated      INTEGER      NOT NULL,
    unchanged    INTEGER      NOT NULL,
    rejected     INTEGER      NOT NULL,
    duplicates   INTEGER      NOT NULL
);
CREATE INDEX ix_import_batch_tenant ON import_batch (tenant_id, started_at);

CREATE SEQUENCE import_issue_seq START WITH 1 INCREMENT BY 50;
-- One row per rejected record (issue_type REJECTED) or per duplicate payment (DUPLICATE).
CREATE TABLE import_issue (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    batch_id         BIGINT        NOT NULL REFERENCES import_batch (id),
    issue_type       VARCHAR(10)   NOT NULL,
    record_type      VARCHAR(20)   NOT NULL,
    external_id      VARCHAR(200),
    field            VARCHAR(100),
    offending_value  VARCHAR(200),
    rule_text        VARCHAR(500),
    payment_id       BIGINT,
    original_id      BIGINT,
    original_source  VARCHAR(100)
);
CREATE INDEX ix_import_issue_batch ON import_issue (batch_id);

CREATE TABLE connector_checkpoint (
    tenant_id         VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    instance_id       VARCHAR(100)  NOT NULL,
    checkpoint_value  VARCHAR(4000) NOT NULL,
    batch_id          BIGINT        NOT NULL REFERENCES import_batch (id),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, instance_id)
);

CREATE SEQUENCE source_coverage_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source_coverage (
    id            BIGINT       NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    source        VARCHAR(100) NOT NULL,
    data_kind     VARCHAR(10)  NOT NULL,
    covered_from  DATE         NOT NULL,
    covered_to    DATE         NOT NULL
);
CREATE INDEX ix_source_coverage_tenant ON source_coverage (tenant_id);
