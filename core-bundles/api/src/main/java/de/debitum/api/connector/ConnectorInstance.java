package de.debitum.api.connector;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import de.debitum.api.model.TenantId;

/**
 * Desired state of one connector instance: one tenant's configured use of a connector type.
 *
 * @param id            identifier, unique within the hub, such as {@code muster-gmbh.camt}
 * @param tenant        the tenant the instance imports for
 * @param typeId        the {@link ConnectorType#id()} it runs
 * @param configuration values by key as stored: secret values are encrypted
 * @param enabled       whether the host should run it
 */
public record ConnectorInstance(String id, TenantId tenant, String typeId, Map<String, String> configuration,
                                boolean enabled) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public ConnectorInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(typeId, "typeId");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid connector instance id '" + id
                    + "': use 1 to 100 lower-case letters, digits, dots, hyphens and underscores.");
        }
        configuration = Map.copyOf(configuration);
    }

    public ConnectorInstance withEnabled(boolean value) {
        return new ConnectorInstance(id, tenant, typeId, configuration, value);
    }

    public ConnectorInstance withConfiguration(Map<String, String> values) {
        return new ConnectorInstance(id, tenant, typeId, values, enabled);
    }
}
