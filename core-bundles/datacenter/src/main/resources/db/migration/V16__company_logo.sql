-- The letterhead logo of each tenant. It has its own table so that reading the company profile
-- does not load the image.

CREATE TABLE company_logo (
    tenant_id   VARCHAR(63)  NOT NULL PRIMARY KEY REFERENCES tenant (id),
    media_type  VARCHAR(20)  NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
