package de.debitum.matching;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Matches a tenant's payments to its open items and stores the automatic allocations. */
@ProviderType
public interface MatchingService {

    /**
     * Matches every payment of the tenant booked between the two days (both included) that has
     * no allocation yet, against the tenant's open items. Allocations above the settings'
     * confidence bar and reopening allocations of returns are stored; suggestions are returned
     * only. Running it twice on the same data stores nothing the second time.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}, or the range is
     *                                  longer than 400 days
     */
    MatchRun match(TenantId tenant, LocalDate from, LocalDate to, MatchingSettings settings);
}
