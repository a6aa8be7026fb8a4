package de.debitum.matching.internal.engine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.Payment;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.matching.Explanation;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;
import de.debitum.matching.internal.amount.AmountFit;
import de.debitum.matching.internal.amount.AmountRules;
import de.debitum.matching.internal.debtor.DebtorDirectory;
import de.debitum.matching.internal.reference.ReferenceIndex;

/**
 * The matching engine: a pure function of its input and clock. It walks the payments in booking
 * order, allocates those whose best candidate reaches the confidence bar, and proposes ranked
 * suggestions for the rest. An automatic allocation lowers the open amounts at once, so several
 * payments for one invoice settle it step by step. The same input gives the
 * same decisions.
 */
public final class MatchingEngine {

    /** The rule of a candidate found by its amount alone, without a reference or a known payer. */
    public static final String AMOUNT_ONLY_RULE = "amount-only";
    /** Suggestions kept per payment. */
    static final int MAX_SUGGESTIONS = 5;
    /** Two candidates closer than this are ambiguous, and neither is taken automatically. */
    private static final BigDecimal AMBIGUITY_GAP = new BigDecimal("0.05");

    private final MatchingSettings settings;
    private final Clock clock;

    public MatchingEngine(MatchingSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Decides on each payment and returns the decisions in booking order. For runs that fit in
     * memory, such as tests; a large run hands its decisions to a consumer instead.
     *
     * @see #match(TenantId, List, List, List, List, Consumer)
     */
    public List<MatchDecision> match(TenantId tenant, List<OpenInvoice> openItems, List<DebtorProfile> debtors,
                                     List<Payment> payments, List<Allocation> earlier) {
        List<MatchDecision> decisions = new ArrayList<>(payments.size());
        match(tenant, openItems, debtors, payments, earlier, decisions::add);
        return decisions;
    }

    /**
     * Decides on each payment and hands each decision to {@code decisions} as soon as it is
     * made, in booking order, so the caller can store them in chunks and need not keep them.
     *
     * @param openItems the tenant's open items
     * @param debtors   the tenant's debtors
     * @param payments  the payments to look at; those with a payment allocation in
     *                  {@code earlier} are skipped but can be the original of a return
     * @param earlier   allocations stored before this run
     */
    public void match(TenantId tenant, List<OpenInvoice> openItems, List<DebtorProfile> debtors,
                      List<Payment> payments, List<Allocation> earlier, Consumer<MatchDecision> decisions) {
        match(tenant, openItems, debtors, payments, earlier, Set.of(), decisions);
    }

    /**
     * Decides on each payment as {@link #match(TenantId, List, List, List, List, Consumer)} does,
     * and leaves the documents under review out of the order by due date.
     *
     * @param underReview documents that open suggestions of payments outside this run propose to
     *                    a person. Such a payment came first and may name them in a form the
     *                    engine cannot read.
     */
    public void match(TenantId tenant, List<OpenInvoice> openItems, List<DebtorProfile> debtors,
                      List<Payment> payments, List<Allocation> earlier, Set<Long> underReview,
                      Consumer<MatchDecision> decisions) {
        Run run = new Run(tenant, openItems, debtors, earlier);
        run.search.holdForReview(underReview);
        List<Payment> ordered = new ArrayList<>(payments);
        ordered.sort(Comparator.comparing((Payment payment) -> payment.data().bookingDate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Payment::id));
        for (Payment payment : ordered) {
            decisions.accept(run.decide(payment));
        }
    }

    /** The state of one run over a tenant's payments. */
    private final class Run {

        private final TenantId tenant;
        private final OpenBook book;
        private final DebtorDirectory directory;
        private final CandidateSearch search;
        private final ReturnMatcher returns;
        private final Map<Long, List<Allocation>> allocatedByPayment = new HashMap<>();
        private final Instant now = clock.instant();

        Run(TenantId tenant, List<OpenInvoice> openItems, List<DebtorProfile> debtors, List<Allocation> earlier) {
            this.tenant = tenant;
            this.book = new OpenBook(openItems);
            this.directory = new DebtorDirectory(debtors);
            ReferenceIndex index = new ReferenceIndex();
            for (OpenInvoice item : openItems) {
                index.add(item.documentId(), item.number());
            }
            this.search = new CandidateSearch(index, directory, book, new AmountRules(settings.feeTolerance()));
            this.returns = new ReturnMatcher(allocatedByPayment);
            for (Allocation allocation : earlier) {
                if (allocation.paymentId() != null) {
                    allocatedByPayment.computeIfAbsent(allocation.paymentId(), k -> new ArrayList<>()).add(allocation);
                }
            }
        }

        MatchDecision decide(Payment payment) {
            if (payment.data().amount() == null || payment.data().bookingDate() == null) {
                return skipped(payment, "Betrag oder Buchungstag fehlt; bitte die Zahlung in der Quelle prüfen.",
                        "Amount or booking date missing; check the payment in its source.");
            }
            if (payment.isDuplicate()) {
                returns.remember(payment);
                return skipped(payment, "Als Dublette von Zahlung " + payment.duplicateOf() + " markiert, wird ignoriert.",
                        "Flagged as a duplicate of payment " + payment.duplicateOf() + ", ignored.");
            }
            if (allocatedByPayment.containsKey(payment.id())) {
                returns.remember(payment);
                return skipped(payment, "Bereits zugeordnet.", "Allocated already.");
            }
            if (payment.data().amount().signum() < 0) {
                return reopen(payment);
            }
            returns.remember(payment);
            if (payment.data().amount().isZero()) {
                return skipped(payment, "Betrag null, nichts zuzuordnen.", "Zero amount, nothing to allocate.");
            }

            List<Candidate> candidates = search.search(payment.data());
            if (candidates.isEmpty()) {
                return new MatchDecision(payment.id(), Outcome.UNMATCHED, List.of(),
                        "Kein offener Posten passt zu Verwendungszweck, Zahler oder Betrag.",
                        "No open item fits the remittance text, payer or amount.");
            }
            Candidate best = candidates.get(0);
            boolean ambiguous = candidates.size() > 1 && !candidates.get(1).documents().equals(best.documents())
                    && best.confidence().subtract(candidates.get(1).confidence()).compareTo(AMBIGUITY_GAP) < 0;
            boolean automatic = !ambiguous && best.confidence().compareTo(settings.confidenceBar()) >= 0;

            List<Proposal> proposals = new ArrayList<>();
            for (Candidate candidate : candidates.subList(0, Math.min(MAX_SUGGESTIONS, candidates.size()))) {
                proposals.add(proposal(payment, candidate, ambiguous && candidate == best));
            }
            if (!automatic) {
                candidates.subList(0, Math.min(MAX_SUGGESTIONS, candidates.size())).forEach(search::holdForReview);
                return new MatchDecision(payment.id(), Outcome.SUGGESTION, proposals, null, null);
            }
            for (Allocation allocation : proposals.get(0).allocations()) {
                book.apply(allocation);
            }
            allocatedByPayment.put(payment.id(), proposals.get(0).allocations());
            directory.learnIban(best.debtorId(), payment.data().counterpartyIban());
            directory.learnMandate(best.debtorId(), payment.data().mandateReference());
            return new MatchDecision(payment.id(), Outcome.AUTOMATIC, List.of(proposals.get(0)), null, null);
        }

        private MatchDecision reopen(Payment payment) {
            ReturnMatcher.Original original = returns.find(payment);
            if (original == null) {
                return new MatchDecision(payment.id(), Outcome.UNMATCHED, List.of(),
                        "Rückbuchung oder Auszahlung ohne zugeordnete Ursprungszahlung.",
                        "Return or outgoing payment without an allocated original payment.");
            }
            List<Allocation> reversing = new ArrayList<>();
            BigDecimal confidence = original.sameAmount() ? new BigDecimal("0.95") : new BigDecimal("0.60");
            AllocationOrigin origin = AllocationOrigin.rule("return-reopens", confidence);
            for (Allocation allocation : original.allocations()) {
                reversing.add(new Allocation(0, tenant, allocation.documentId(), payment.id(), allocation.creditNoteId(),
                        allocation.kind(), allocation.amount().negate(), origin, now));
            }
            String reason = payment.data().returnReason() == null ? "" : " (" + payment.data().returnReason() + ")";
            Explanation explanation = new Explanation("return-reopens", confidence,
                    "Rücklastschrift oder Storno" + reason + " von Zahlung " + original.payment().id()
                            + ": ihre Zuordnungen werden aufgehoben, die Posten sind wieder offen",
                    "Return or reversal" + reason + " of payment " + original.payment().id()
                            + ": its allocations are undone and the items are open again",
                    List.of(original.evidence()));
            Proposal proposal = new Proposal(reversing, Money.zero(payment.data().amount().currency()), null, explanation);
            if (!original.sameAmount() || confidence.compareTo(settings.confidenceBar()) < 0) {
                return new MatchDecision(payment.id(), Outcome.SUGGESTION, List.of(proposal), null, null);
            }
            reversing.forEach(book::apply);
            allocatedByPayment.put(payment.id(), reversing);
            returns.markReversed(original.payment().id());
            return new MatchDecision(payment.id(), Outcome.REOPENED, List.of(proposal), null, null);
        }

        private Proposal proposal(Payment payment, Candidate candidate, boolean ambiguous) {
            AmountFit fit = candidate.fit();
            AllocationOrigin origin = AllocationOrigin.rule(candidate.rule(), candidate.confidence());

            // Every allocation names the payment, so that a return finds all it settled. The payment
            // allocations come first: the store checks a payment allocation against the sum of all
            // allocations that name the payment, discounts included.
            List<Allocation> allocations = new ArrayList<>();
            for (AmountFit.Share share : fit.shares()) {
                if (share.payment().signum() > 0) {
                    allocations.add(new Allocation(0, tenant, share.invoice().documentId(), payment.id(), null,
                            AllocationKind.PAYMENT, share.payment(), origin, now));
                }
            }
            for (AmountFit.CreditUse use : fit.creditUses()) {
                allocations.add(new Allocation(0, tenant, use.invoice().documentId(), payment.id(),
                        use.creditNote().documentId(), AllocationKind.CREDIT_NOTE, use.amount(), origin, now));
            }
            for (AmountFit.Share share : fit.shares()) {
                if (share.discount().signum() != 0) {
                    allocations.add(new Allocation(0, tenant, share.invoice().documentId(), payment.id(), null,
                            AllocationKind.CASH_DISCOUNT, share.discount(), origin, now));
                }
                if (share.fee().signum() > 0) {
                    allocations.add(new Allocation(0, tenant, share.invoice().documentId(), payment.id(), null,
                            AllocationKind.FEE, share.fee(), origin, now));
                }
            }

            String summaryDe = Texts.summaryDe(fit);
            String summaryEn = Texts.summaryEn(fit);
            if (ambiguous) {
                summaryDe += "; ein anderer Vorschlag ist fast gleich wahrscheinlich";
                summaryEn += "; another proposal is almost as likely";
            }
            Explanation explanation = new Explanation(candidate.rule(), candidate.confidence(), summaryDe, summaryEn,
                    candidate.evidence());
            return new Proposal(allocations, fit.surplus(), candidate.debtorId(), explanation);
        }

        private MatchDecision skipped(Payment payment, String reasonDe, String reasonEn) {
            return new MatchDecision(payment.id(), Outcome.IGNORED, List.of(), reasonDe, reasonEn);
        }
    }
}
