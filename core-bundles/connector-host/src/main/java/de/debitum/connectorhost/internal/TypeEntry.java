package de.debitum.connectorhost.internal;

import org.osgi.framework.Bundle;

import de.debitum.api.connector.ConnectorType;

/**
 * A registered connector type with the bundle that provides it and the service id that distinguishes two
 * registrations of the same type (before and after a bundle update).
 */
record TypeEntry(ConnectorType type, Bundle bundle, long serviceId) {

    String bundleName() {
        return bundle == null ? "unknown" : bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
