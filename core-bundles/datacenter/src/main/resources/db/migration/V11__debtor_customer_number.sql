-- Ingestion links a delivered debtor to the stored one with the same customer number
-- (Debitorennummer) across sources; this index serves that look-up per tenant.
CREATE INDEX ix_debtor_customer_number ON debtor (tenant_id, customer_number);
