-- Desired state of connector instances: one tenant's configured use of a connector type. The
-- connector host runs the enabled ones. Secret values arrive encrypted by the host.

CREATE TABLE connector_instance (
    id          VARCHAR(100) NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    type_id     VARCHAR(100) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_connector_instance_tenant ON connector_instance (tenant_id);

CREATE TABLE connector_instance_value (
    instance_id  VARCHAR(100)  NOT NULL REFERENCES connector_instance (id) ON DELETE CASCADE,
    config_key   VARCHAR(63)   NOT NULL,
    config_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (instance_id, config_key)
);
