-- Flags and reader warnings of documents, and warnings in import reports. A flag (such as a
-- booking aid) holds a document back from dunning until a person confirms it in
-- dunning_document_release.

-- Names of DocumentFlag constants, comma-separated in name order; NULL when the document has none.
ALTER TABLE document ADD COLUMN flags VARCHAR(200);

CREATE SEQUENCE document_warning_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document_warning (
    id           BIGINT         NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)    NOT NULL REFERENCES tenant (id),
    document_id  BIGINT         NOT NULL REFERENCES document (id),
    code         VARCHAR(40)    NOT NULL,
    message_de   VARCHAR(1000)  NOT NULL,
    message_en   VARCHAR(1000)  NOT NULL
);
CREATE INDEX ix_document_warning_document ON document_warning (document_id);

-- Rows of issue_type WARNING name a document stored with a flag or a reader warning: field contains
-- the code, and the reason is kept in both languages.
ALTER TABLE import_issue ADD COLUMN message_de VARCHAR(1000);
ALTER TABLE import_issue ADD COLUMN message_en VARCHAR(1000);
ALTER TABLE import_batch ADD COLUMN warned INTEGER DEFAULT 0 NOT NULL;
