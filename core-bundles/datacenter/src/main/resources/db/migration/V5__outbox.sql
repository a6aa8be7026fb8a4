-- The outbox: documents waiting for delivery, their delivery state and the PDF itself. A document
-- goes out at most once per recipient and channel: (tenant, document key, channel, recipient) is
-- unique. Portable SQL for PostgreSQL and H2.

CREATE SEQUENCE outbox_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outbox_entry (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    document_key     VARCHAR(200)  NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    recipient        VARCHAR(600)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    message_id       VARCHAR(500),
    run_key          VARCHAR(100),
    debtor_id        BIGINT        REFERENCES debtor (id),
    document_id      BIGINT        REFERENCES document (id),
    language         VARCHAR(2)    NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(8000),
    file_name        VARCHAR(200)  NOT NULL,
    pdf_size         INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_outbox_delivery UNIQUE (tenant_id, document_key, channel, recipient)
);
CREATE INDEX ix_outbox_due ON outbox_entry (status, next_attempt_at);
CREATE INDEX ix_outbox_tenant_run ON outbox_entry (tenant_id, run_key);

-- The PDF apart from the entry, so that listing and claiming entries does not read it.
CREATE TABLE outbox_pdf (
    entry_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES outbox_entry (id) ON DELETE CASCADE,
    tenant_id  VARCHAR(63) NOT NULL REFERENCES tenant (id),
    content    BYTEA       NOT NULL
);

-- Settings of a tenant's delivery channels (SMTP server, post provider); secrets arrive encrypted.
CREATE TABLE output_setting (
    tenant_id      VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    channel        VARCHAR(10)   NOT NULL,
    setting_key    VARCHAR(63)   NOT NULL,
    setting_value  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (tenant_id, channel, setting_key)
);
