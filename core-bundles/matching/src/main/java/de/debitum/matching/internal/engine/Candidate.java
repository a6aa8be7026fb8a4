package de.debitum.matching.internal.engine;

import java.math.BigDecimal;
import java.util.List;

import de.debitum.matching.Evidence;
import de.debitum.matching.internal.amount.AmountFit;

/** One possible settlement of a payment, scored before the decision. */
record Candidate(String rule, long debtorId, AmountFit fit, BigDecimal confidence, List<Evidence> evidence) {

    Candidate {
        evidence = List.copyOf(evidence);
    }

    /** Returns the documents this candidate settles, for telling candidates apart. */
    List<Long> documents() {
        return fit.shares().stream().map(share -> share.invoice().documentId()).sorted().toList();
    }
}
