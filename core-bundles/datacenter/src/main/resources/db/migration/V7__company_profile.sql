-- The company data of each tenant that letters, e-mails and e-invoices carry.

CREATE TABLE company_profile (
    tenant_id          VARCHAR(63)  NOT NULL PRIMARY KEY REFERENCES tenant (id),
    company_name       VARCHAR(200) NOT NULL,
    street             VARCHAR(200) NOT NULL,
    postcode           VARCHAR(20)  NOT NULL,
    city               VARCHAR(100) NOT NULL,
    country_code       CHAR(2)      NOT NULL,
    email              VARCHAR(200),
    phone              VARCHAR(50),
    iban               VARCHAR(34)  NOT NULL,
    bic                VARCHAR(11),
    bank_name          VARCHAR(100),
    vat_id             VARCHAR(20),
    register_court     VARCHAR(100),
    register_number    VARCHAR(50),
    managing_directors VARCHAR(1100),
    accent_colour      CHAR(7),
    updated_by         VARCHAR(200) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
