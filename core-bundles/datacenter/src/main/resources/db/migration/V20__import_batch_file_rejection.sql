-- A file that a connector rejected as a whole is recorded as an import batch with no records:
-- the file's name and why it was rejected, in German and English. All three are null for a
-- batch of records.
ALTER TABLE import_batch ADD COLUMN file_name VARCHAR(255);
ALTER TABLE import_batch ADD COLUMN file_rejection_de VARCHAR(2000);
ALTER TABLE import_batch ADD COLUMN file_rejection_en VARCHAR(2000);
CREATE INDEX ix_import_batch_instance ON import_batch (tenant_id, instance_id, started_at);
