package de.debitum.api.connector;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Operations on connector types and instances for the shell, the HTTP API and the UI. */
@ProviderType
public interface ConnectorHostService {

    /** Lists the connector types installed now. */
    List<ConnectorTypeInfo> types();

    /** Lists the status of every instance of every tenant. */
    List<InstanceStatus> statuses();

    List<InstanceStatus> statuses(TenantId tenant);

    /**
     * Checks {@code configuration} against the type's fields, encrypts its secret values and saves
     * the instance; the host then starts, restarts or stops it. A secret left empty keeps the
     * stored value, so a form never has to show a secret again.
     *
     * @throws ConnectorConfig.InvalidConfigurationException when a value is missing or invalid
     * @throws IllegalArgumentException when the type is not installed
     */
    void configure(TenantId tenant, String instanceId, String typeId, Map<String, String> configuration, boolean enabled);

    /** Enables or disables an instance; returns {@code false} when it does not exist. */
    boolean setEnabled(TenantId tenant, String instanceId, boolean enabled);

    /** Tests the connection of a stored instance with its stored configuration. */
    ConnectionTestResult testConnection(TenantId tenant, String instanceId);

    /**
     * Makes a running instance read its source now. The host restarts the instance's routes one
     * by one, each drained like a stop, so that polling consumers (file, mail, timer, scheduler)
     * poll again once their initial delay has passed: at once with {@code initialDelay=0}, after
     * about a second with Camel's defaults. Checkpoints make the restart safe: input that was in
     * flight is read again or was committed.
     *
     * @return the instance's status after the restart
     * @throws IllegalArgumentException when the tenant has no such instance
     * @throws IllegalStateException when the instance does not run, or its routes did not
     *         restart. The message names the state (such as DISABLED or FAILED) or the error.
     */
    InstanceStatus runNow(TenantId tenant, String instanceId);
}
