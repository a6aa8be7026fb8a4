package de.debitum.matching;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Allocation;
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

    /**
     * Stores a proposal that a person confirmed, as allocations made by that person. The store
     * records the payer's IBAN for the debtor, so the next payment from that IBAN can be
     * matched without a person.
     *
     * @return the stored allocations, with their ids
     * @throws IllegalArgumentException when {@code user} is blank, or an allocation belongs to
     *                                  another tenant or is rejected by the store
     */
    List<Allocation> confirm(TenantId tenant, Proposal proposal, String user);
}
