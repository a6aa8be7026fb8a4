package de.debitum.matching;

import java.util.List;
import java.util.Objects;

/**
 * The engine's decision on one payment. For {@link Outcome#AUTOMATIC} and
 * {@link Outcome#REOPENED} the first proposal is the one applied; for
 * {@link Outcome#SUGGESTION} the proposals are ranked, best first.
 *
 * @param reasonDe for outcomes without proposals, why, in German; null otherwise
 * @param reasonEn the same in English
 */
public record MatchDecision(long paymentId, Outcome outcome, List<Proposal> proposals, String reasonDe,
                            String reasonEn) {

    public MatchDecision {
        Objects.requireNonNull(outcome, "outcome");
        proposals = List.copyOf(proposals);
    }

    /** Returns the applied proposal of an automatic or reopening decision. */
    public Proposal applied() {
        if (outcome != Outcome.AUTOMATIC && outcome != Outcome.REOPENED) {
            throw new IllegalStateException("Payment " + paymentId + " was not allocated automatically: " + outcome);
        }
        return proposals.get(0);
    }
}
