package de.debitum.matching.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.debitum.api.model.MatchSuggestion;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;

/**
 * Applies what people rejected: a proposal that settles a payment with the same documents as a
 * rejected suggestion or an undone allocation is dropped.
 */
final class Rejections {

    private Rejections() {
    }

    /**
     * Returns the decisions without rejected proposals. An automatic decision whose applied
     * proposal was rejected becomes a suggestion of its other proposals, and a decision with no
     * proposal left becomes unmatched.
     *
     * <p>NOTE: the engine settled the run's payments one after the other, so a later payment of
     * the same run did not see the open amount of a document whose automatic allocation is
     * dropped here. The next run reads it as open.
     *
     * @param rejected the document keys of rejected pairs, by payment id
     */
    static List<MatchDecision> apply(List<MatchDecision> decisions, Map<Long, Set<String>> rejected) {
        List<MatchDecision> result = new ArrayList<>(decisions.size());
        for (MatchDecision decision : decisions) {
            Set<String> keys = rejected.get(decision.paymentId());
            boolean reviewable = decision.outcome() == Outcome.AUTOMATIC || decision.outcome() == Outcome.SUGGESTION;
            if (keys == null || !reviewable) {
                result.add(decision);
                continue;
            }
            List<Proposal> kept = decision.proposals().stream()
                    .filter(proposal -> !keys.contains(MatchSuggestion.documentKey(proposal.allocations())))
                    .toList();
            if (kept.size() == decision.proposals().size()) {
                result.add(decision);
            } else if (kept.isEmpty()) {
                result.add(new MatchDecision(decision.paymentId(), Outcome.UNMATCHED, List.of(),
                        "Jeder Vorschlag für diese Zahlung wurde abgelehnt oder rückgängig gemacht.",
                        "Every proposal for this payment was rejected or undone."));
            } else {
                boolean appliedKept = decision.outcome() == Outcome.AUTOMATIC && kept.get(0) == decision.proposals().get(0);
                result.add(new MatchDecision(decision.paymentId(), appliedKept ? Outcome.AUTOMATIC : Outcome.SUGGESTION,
                        kept, null, null));
            }
        }
        return result;
    }
}
