package de.debitum.api.connector;

import java.util.List;

/**
 * An installed connector bundle as operators see it.
 *
 * @param id           the framework's bundle id, used to uninstall it
 * @param symbolicName the bundle's symbolic name
 * @param version      the bundle's version
 * @param state        the OSGi state: {@code INSTALLED}, {@code RESOLVED}, {@code STARTING}, {@code ACTIVE} or {@code STOPPING}
 * @param location     where the framework installed it from
 * @param types        the connector types it registers now; empty unless it is active
 * @param previousVersion the stored version that a rollback would install, or {@code null} when there is none
 *                        (since 1.2)
 * @since 1.1
 */
public record ConnectorBundle(long id, String symbolicName, String version, String state, String location,
                              List<ConnectorTypeInfo> types, String previousVersion) {

    public ConnectorBundle {
        types = List.copyOf(types);
    }

    /** Creates a bundle without a stored previous version. */
    public ConnectorBundle(long id, String symbolicName, String version, String state, String location,
                           List<ConnectorTypeInfo> types) {
        this(id, symbolicName, version, state, location, types, null);
    }
}
