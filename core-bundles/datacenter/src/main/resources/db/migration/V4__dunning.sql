-- Dunning: per-tenant settings, blocks, runs, notices with their items, and claims escalated to
-- collections. Portable SQL for PostgreSQL and H2, like V1.

CREATE TABLE dunning_settings (
    tenant_id    VARCHAR(63)   NOT NULL PRIMARY KEY REFERENCES tenant (id),
    policy_text  VARCHAR(8000),
    auto_send    BOOLEAN       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(200)  NOT NULL
);

-- A block for a whole debtor (document_id null) or for one document. valid_until null: until lifted.
CREATE SEQUENCE dunning_block_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dunning_block (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    debtor_id    BIGINT        NOT NULL REFERENCES debtor (id),
    document_id  BIGINT        REFERENCES document (id),
    block_kind   VARCHAR(20)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_until  DATE,
    created_by   VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lifted_by    VARCHAR(200),
    lifted_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_dunning_block_debtor ON dunning_block (tenant_id, debtor_id);

-- A person's confirmation that a document from an unsafe source may be dunned.
CREATE TABLE dunning_document_release (
    document_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES document (id),
    tenant_id     VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    confirmed_by  VARCHAR(200)  NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE dunning_run_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dunning_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    run_date     DATE          NOT NULL,
    run_trigger  VARCHAR(20)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    notices      INTEGER       NOT NULL,
    escalations  INTEGER       NOT NULL,
    skipped      INTEGER       NOT NULL
);
CREATE INDEX ix_dunning_run_tenant ON dunning_run (tenant_id, run_date);

CREATE SEQUENCE dunning_notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dunning_notice (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    run_id             BIGINT         NOT NULL REFERENCES dunning_run (id),
    debtor_id          BIGINT         NOT NULL REFERENCES debtor (id),
    level_number       INTEGER        NOT NULL,
    level_kind         VARCHAR(30)    NOT NULL,
    template_key       VARCHAR(100)   NOT NULL,
    channel            VARCHAR(20)    NOT NULL,
    notice_date        DATE           NOT NULL,
    payment_deadline   DATE           NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    postponed_until    DATE,
    currency           VARCHAR(3)     NOT NULL,
    fee                NUMERIC(19, 2) NOT NULL,
    flat_fees          NUMERIC(19, 2) NOT NULL,
    interest           NUMERIC(19, 2) NOT NULL,
    status_changed_by  VARCHAR(200)   NOT NULL,
    status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    handed_over_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_dunning_notice_status ON dunning_notice (tenant_id, status);
CREATE INDEX ix_dunning_notice_debtor ON dunning_notice (tenant_id, debtor_id);

CREATE SEQUENCE dunning_notice_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dunning_notice_item (
    id               BIGINT         NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    notice_id        BIGINT         NOT NULL REFERENCES dunning_notice (id),
    document_id      BIGINT         NOT NULL REFERENCES document (id),
    document_number  VARCHAR(100)   NOT NULL,
    issue_date       DATE,
    due_date         DATE,
    level_number     INTEGER        NOT NULL,
    level_kind       VARCHAR(30)    NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    open_amount      NUMERIC(19, 2) NOT NULL,
    fee              NUMERIC(19, 2) NOT NULL,
    flat_fee         NUMERIC(19, 2) NOT NULL,
    interest         NUMERIC(19, 2) NOT NULL,
    interest_from    DATE,
    interest_days    INTEGER        NOT NULL,
    note             VARCHAR(500)
);
CREATE INDEX ix_dunning_notice_item_notice ON dunning_notice_item (notice_id);
CREATE INDEX ix_dunning_notice_item_document ON dunning_notice_item (tenant_id, document_id);

-- A claim in collections; one row per document.
CREATE SEQUENCE dunning_escalation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dunning_escalation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    document_id      BIGINT        NOT NULL REFERENCES document (id),
    debtor_id        BIGINT        NOT NULL REFERENCES debtor (id),
    run_id           BIGINT        NOT NULL REFERENCES dunning_run (id),
    final_notice_id  BIGINT        NOT NULL REFERENCES dunning_notice (id),
    escalated_on     DATE          NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_dunning_escalation_document UNIQUE (tenant_id, document_id)
);

-- Dunning pages through a tenant's overdue documents by debtor.
CREATE INDEX ix_document_debtor_due ON document (tenant_id, debtor_id, due_date);
