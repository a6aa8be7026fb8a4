package de.debitum.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service that checks one or more components of the hub. Bundles register it in the OSGi
 * service registry; the health service calls every registered contributor.
 *
 * <p>Implementations must return within a few seconds and must not throw: a failure to check is
 * itself reported as a DOWN component.
 */
@ConsumerType
public interface HealthContributor {

    /** Checks the contributor's components now. */
    java.util.List<ComponentHealth> check();
}
