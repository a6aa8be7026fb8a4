-- Ledger: per-tenant account settings, debtor accounts, bookings from business events, and
-- accounting periods that are locked once exported. Portable SQL for PostgreSQL and H2.

CREATE TABLE ledger_settings (
    tenant_id                VARCHAR(63)  NOT NULL PRIMARY KEY REFERENCES tenant (id),
    chart                    VARCHAR(5)   NOT NULL,
    consultant_number        INTEGER,
    client_number            INTEGER,
    fiscal_year_start_month  INTEGER      NOT NULL,
    account_length           INTEGER      NOT NULL,
    debtor_account_from      INTEGER      NOT NULL,
    debtor_account_to        INTEGER      NOT NULL,
    debtor_account_rule      VARCHAR(20)  NOT NULL,
    return_fee_to_debtor     BOOLEAN      NOT NULL,
    lock_on_import           BOOLEAN      NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Accounts a tenant set in place of the chart's defaults (role) or per bank IBAN (bank).
CREATE TABLE ledger_account (
    tenant_id    VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    kind         VARCHAR(10)  NOT NULL,
    account_key  VARCHAR(34)  NOT NULL,
    account      INTEGER      NOT NULL,
    PRIMARY KEY (tenant_id, kind, account_key)
);

-- Personal account of each booked debtor. Sequential numbers are unique per tenant; a
-- collective account (Sammeldebitor) is shared, so the account itself is not unique.
CREATE TABLE ledger_debtor_account (
    tenant_id   VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    debtor_id   BIGINT       NOT NULL REFERENCES debtor (id),
    account     INTEGER      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, debtor_id)
);
CREATE INDEX ix_ledger_debtor_account ON ledger_debtor_account (tenant_id, account);

-- One row per booked version of a business event: the key of idempotent booking.
CREATE SEQUENCE ledger_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ledger_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    source_type  VARCHAR(20)   NOT NULL,
    source_id    VARCHAR(100)  NOT NULL,
    version      VARCHAR(64)   NOT NULL,
    booked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_ledger_event UNIQUE (tenant_id, source_type, source_id, version)
);

-- Monthly periods; a period without a row is open. Bookings lock their period's row while they
-- are written, so an export that locks the period never misses a booking.
CREATE TABLE ledger_period (
    tenant_id   VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    period      VARCHAR(7)   NOT NULL,
    state       VARCHAR(10)  NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE,
    locked_by   VARCHAR(200),
    PRIMARY KEY (tenant_id, period)
);

CREATE SEQUENCE ledger_booking_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ledger_booking (
    id              BIGINT         NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    event_id        BIGINT         NOT NULL REFERENCES ledger_event (id),
    booking_date    DATE           NOT NULL,
    period          VARCHAR(7)     NOT NULL,
    debit_account   INTEGER        NOT NULL,
    credit_account  INTEGER        NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    tax_key         VARCHAR(4),
    belegfeld1      VARCHAR(100),
    booking_text    VARCHAR(200),
    debtor_account  INTEGER,
    due_date        DATE,
    correction_of   BIGINT         REFERENCES ledger_booking (id),
    generalumkehr   BOOLEAN        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ledger_booking_period ON ledger_booking (tenant_id, period, id);
CREATE INDEX ix_ledger_booking_event ON ledger_booking (event_id);
