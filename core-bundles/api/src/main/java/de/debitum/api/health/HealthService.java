package de.debitum.api.health;

import org.osgi.annotation.versioning.ProviderType;

/** Aggregates the checks of every registered {@link HealthContributor}. */
@ProviderType
public interface HealthService {

    /** Runs every check now and returns the aggregated report. */
    HealthReport check();
}
