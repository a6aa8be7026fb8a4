package de.debitum.api.connector;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * Desired state of the connector instances, kept in the database so that any hub node can run
 * them. Secret configuration values arrive here encrypted; the store never decrypts.
 */
@ProviderType
public interface ConnectorInstanceStore {

    /** Lists every instance of every tenant, for the connector host. */
    List<ConnectorInstance> listAll();

    List<ConnectorInstance> list(TenantId tenant);

    Optional<ConnectorInstance> find(TenantId tenant, String instanceId);

    /** Creates the instance or replaces its type, configuration and enabled flag. */
    void save(ConnectorInstance instance);

    /** Removes the instance; its imported data and checkpoint stay. Returns whether it existed. */
    boolean delete(TenantId tenant, String instanceId);
}
