package de.debitum.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A matching proposal below the confidence bar that waits for a person, or did.
 *
 * @param id          the hub's id, 0 for a suggestion not yet stored
 * @param paymentId   the payment to settle
 * @param debtorId    the debtor the proposal settles, or null
 * @param rank        1 for the engine's best proposal for the payment, 2 for the next, and so on
 * @param score       the engine's confidence, from 0 to 1
 * @param rule        the name of the rule that made the proposal
 * @param explanation the engine's explanation as JSON, with the rule, the confidence and the
 *                    evidence in German and English
 * @param allocations the allocations a confirmation stores (id 0, origin the rule)
 * @param decidedBy   the person who confirmed or rejected it, or null
 * @param decidedAt   when it was confirmed, rejected or superseded, or null while open
 */
public record MatchSuggestion(long id, TenantId tenant, long paymentId, Long debtorId, int rank, BigDecimal score,
                              String rule, String explanation, List<Allocation> allocations, State state,
                              String decidedBy, Instant decidedAt, Instant createdAt) {

    /** State of a suggestion in the review. */
    public enum State {
        /** Waits for a person. */
        OPEN,
        /** A person confirmed it: its allocations are stored. */
        CONFIRMED,
        /** A person rejected it, or undid the allocation it stands for: it is not proposed again. */
        REJECTED,
        /** A later run or the confirmation of another proposal for the payment replaced it. */
        SUPERSEDED
    }

    public MatchSuggestion {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(state, "state");
        allocations = List.copyOf(allocations);
    }

    /** Returns the sorted ids of the documents the suggestion settles, such as {@code "12,15"}. */
    public String documentKey() {
        return documentKey(allocations);
    }

    /** Returns the sorted, distinct document ids of the allocations, joined by commas. */
    public static String documentKey(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::documentId).distinct().sorted()
                .map(String::valueOf).reduce((left, right) -> left + "," + right).orElse("");
    }
}
