package de.debitum.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.TenantId;

/**
 * The result of one matching run over a tenant's payments. A run over a million payments cannot
 * return every decision, so it keeps counts of all and the first {@link #MAX_KEPT} decisions and
 * stored allocations. The store contains the rest.
 *
 * @param counts          the number of payments decided per outcome
 * @param allocatedBefore the payments of the booking period that had an allocation before the
 *                        run, which the run left alone
 * @param storedCount     the number of allocations written to the store
 * @param decisions       the first decisions of the run, in booking order, at most {@link #MAX_KEPT}
 * @param stored          the first allocations written to the store, with their ids, at most
 *                        {@link #MAX_KEPT}
 */
public record MatchRun(TenantId tenant, Map<Outcome, Long> counts, long allocatedBefore, long storedCount,
                       List<MatchDecision> decisions, List<Allocation> stored) {

    /** The maximum number of decisions and of stored allocations a run keeps for its caller. */
    public static final int MAX_KEPT = 1000;

    public MatchRun {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
        decisions = List.copyOf(decisions);
        stored = List.copyOf(stored);
        if (decisions.size() > MAX_KEPT || stored.size() > MAX_KEPT) {
            throw new IllegalArgumentException("A match run keeps at most " + MAX_KEPT + " decisions and stored"
                    + " allocations, not " + decisions.size() + " and " + stored.size() + ".");
        }
    }

    /** Returns the number of payments the run decided with the outcome. */
    public long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** Returns the number of payments the run decided on, which excludes those allocated before. */
    public long decided() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns whether the run decided on more payments than {@link #decisions()} lists. */
    public boolean truncated() {
        return decided() > decisions.size();
    }
}
