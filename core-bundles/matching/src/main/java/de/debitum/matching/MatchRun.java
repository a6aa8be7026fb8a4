package de.debitum.matching;

import java.util.List;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.TenantId;

/**
 * The result of one matching run over a tenant's payments.
 *
 * @param decisions one per payment looked at, in booking order
 * @param stored    the allocations written to the store, with their ids
 */
public record MatchRun(TenantId tenant, List<MatchDecision> decisions, List<Allocation> stored) {

    public MatchRun {
        decisions = List.copyOf(decisions);
        stored = List.copyOf(stored);
    }

    public long count(Outcome outcome) {
        return decisions.stream().filter(decision -> decision.outcome() == outcome).count();
    }
}
