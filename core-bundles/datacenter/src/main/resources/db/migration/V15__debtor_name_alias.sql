-- Payer names that a person confirmed for a debtor in the matching review. Matching compares a
-- payer's name with these as with the debtor's own name, so a payer without an IBAN (a cash
-- deposit, a payment provider that hides the IBAN) is recognised again. Deleting the debtor
-- deletes its aliases.
CREATE SEQUENCE debtor_name_alias_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE debtor_name_alias (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(63)   NOT NULL,
    debtor_id   BIGINT        NOT NULL REFERENCES debtor (id) ON DELETE CASCADE,
    name        VARCHAR(200)  NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_debtor_name_alias UNIQUE (debtor_id, name)
);
CREATE INDEX ix_debtor_name_alias_tenant ON debtor_name_alias (tenant_id, debtor_id);
