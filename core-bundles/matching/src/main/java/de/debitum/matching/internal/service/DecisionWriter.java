package de.debitum.matching.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.api.store.MatchReviewStore.AllocationGroup;
import de.debitum.api.store.MatchReviewStore.GroupResult;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchRun;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;

/**
 * Takes the engine's decisions one by one and stores them in chunks: the automatic and reopening
 * allocations of a chunk in one transaction, then its suggestions. Only counts and the first
 * {@link MatchRun#MAX_KEPT} decisions and allocations stay in memory.
 */
final class DecisionWriter implements Consumer<MatchDecision> {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionWriter.class);

    /** Decisions stored per transaction. */
    static final int CHUNK = 500;
    /** Maximum number of proposals stored as suggestions for one payment, best first as the engine ranks them. */
    static final int MAX_SUGGESTIONS_PER_PAYMENT = 5;

    private final TenantId tenant;
    private final MatchReviewStore review;
    private final Map<Long, Set<String>> rejected;
    private final Set<Long> skipped;
    private final List<MatchDecision> pending = new ArrayList<>(CHUNK);
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final List<MatchDecision> keptDecisions = new ArrayList<>();
    private final List<Allocation> keptStored = new ArrayList<>();
    private long storedCount;
    private long rejectedGroups;

    /**
     * @param rejected the document keys of rejected pairs, by payment id
     * @param skipped  ids of payments that are only in the run as possible originals of returns:
     *                 they were allocated before, and their decisions are neither stored nor counted
     */
    DecisionWriter(TenantId tenant, MatchReviewStore review, Map<Long, Set<String>> rejected, Set<Long> skipped) {
        this.tenant = tenant;
        this.review = review;
        this.rejected = rejected;
        this.skipped = skipped;
    }

    @Override
    public void accept(MatchDecision decision) {
        if (skipped.contains(decision.paymentId())) {
            return;
        }
        pending.add(decision);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Stores the decisions that wait for the next chunk. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<MatchDecision> decisions = Rejections.apply(pending, rejected);
        pending.clear();
        storeAllocations(decisions);
        review.replaceOpen(tenant, decisions.stream().map(MatchDecision::paymentId).toList(), suggestions(decisions));
        for (MatchDecision decision : decisions) {
            counts.merge(decision.outcome(), 1L, Long::sum);
            if (keptDecisions.size() < MatchRun.MAX_KEPT) {
                keptDecisions.add(decision);
            }
        }
    }

    MatchRun result(long allocatedBefore) {
        flush();
        return new MatchRun(tenant, counts, allocatedBefore, storedCount, keptDecisions, keptStored);
    }

    long rejectedGroups() {
        return rejectedGroups;
    }

    private void storeAllocations(List<MatchDecision> decisions) {
        List<MatchDecision> applied = new ArrayList<>();
        List<AllocationGroup> groups = new ArrayList<>();
        for (MatchDecision decision : decisions) {
            if (decision.outcome() == Outcome.AUTOMATIC || decision.outcome() == Outcome.REOPENED) {
                applied.add(decision);
                groups.add(new AllocationGroup(decision.applied().allocations(),
                        ExplanationJson.write(decision.applied().explanation())));
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        List<GroupResult> results = review.allocateAll(tenant, groups);
        for (int i = 0; i < results.size(); i++) {
            GroupResult result = results.get(i);
            storedCount += result.stored().size();
            for (Allocation allocation : result.stored()) {
                if (keptStored.size() < MatchRun.MAX_KEPT) {
                    keptStored.add(allocation);
                }
            }
            if (result.rejection() != null) {
                // The store changed since the read (another run or a person allocated the payment).
                rejectedGroups++;
                LOG.warn("Allocation of payment {} for tenant {} rejected by the store after {} of {} allocations: {}",
                        applied.get(i).paymentId(), tenant, result.stored().size(), groups.get(i).allocations().size(),
                        result.rejection());
            }
        }
    }

    /** Turns the proposals of the decisions below the bar into suggestions, best first. */
    private List<MatchSuggestion> suggestions(List<MatchDecision> decisions) {
        List<MatchSuggestion> result = new ArrayList<>();
        for (MatchDecision decision : decisions) {
            if (decision.outcome() != Outcome.SUGGESTION) {
                continue;
            }
            int rank = 0;
            for (Proposal proposal : decision.proposals()) {
                if (proposal.allocations().isEmpty() || rank == MAX_SUGGESTIONS_PER_PAYMENT) {
                    continue;
                }
                rank++;
                // The store keeps four decimals; rounding here keeps reruns comparable with stored rows.
                BigDecimal score = proposal.explanation().confidence().setScale(4, RoundingMode.HALF_UP);
                result.add(new MatchSuggestion(0, tenant, decision.paymentId(), proposal.debtorId(), rank, score,
                        proposal.explanation().rule(), ExplanationJson.write(proposal.explanation()),
                        proposal.allocations(), MatchSuggestion.State.OPEN, null, null, null));
            }
        }
        return result;
    }
}
