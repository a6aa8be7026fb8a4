package de.debitum.api.connector;

import java.util.List;
import java.util.Set;

/**
 * An installed connector type as operators and tenant admins see it.
 *
 * @param bundle the symbolic name and version of the bundle that provides it
 */
public record ConnectorTypeInfo(String id, LocalizedText displayName, String version, Set<Capability> provides,
                                List<ConfigField> configFields, String bundle) {

    public ConnectorTypeInfo {
        provides = Set.copyOf(provides);
        configFields = List.copyOf(configFields);
    }
}
