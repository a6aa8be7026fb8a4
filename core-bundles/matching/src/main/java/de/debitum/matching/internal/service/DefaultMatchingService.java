package de.debitum.matching.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.api.store.NotFoundException;
import de.debitum.api.store.PaymentStore;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchRun;
import de.debitum.matching.MatchingService;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;
import de.debitum.matching.internal.engine.DebtorProfile;
import de.debitum.matching.internal.engine.MatchingEngine;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Reads a tenant's open items with their payment terms, its debtors and the payments that still
 * wait for a decision through the store services in bulk queries, runs the {@link MatchingEngine}
 * and stores its decisions chunk by chunk as they come (see {@link DecisionWriter}): the
 * automatic allocations with their explanations, and the suggestions below the bar through the
 * {@link MatchReviewStore}. It also carries out the review decisions of people. The store records
 * the payer's IBAN for the debtor with every allocation, and the payer's name as an alias of the
 * debtor when a person confirms a suggestion.
 */
@Component(service = MatchingService.class)
public class DefaultMatchingService implements MatchingService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultMatchingService.class);

    /** Maximum booking period of one run in days: a year and a month, for a yearly sweep. */
    static final int MAX_DAYS = 400;
    private static final int DEBTOR_PAGE = 1000;

    private final AllocationStore allocations;
    private final DocumentStore documents;
    private final PaymentStore payments;
    private final DebtorStore debtors;
    private final MatchReviewStore review;
    private final Clock clock;
    private final Map<TenantId, ReentrantLock> tenantLocks = new ConcurrentHashMap<>();

    @Activate
    public DefaultMatchingService(@Reference AllocationStore allocations, @Reference DocumentStore documents,
                                  @Reference PaymentStore payments, @Reference DebtorStore debtors,
                                  @Reference MatchReviewStore review) {
        this(allocations, documents, payments, debtors, review, Clock.systemUTC());
    }

    public DefaultMatchingService(AllocationStore allocations, DocumentStore documents, PaymentStore payments,
                                  DebtorStore debtors, MatchReviewStore review, Clock clock) {
        this.allocations = Objects.requireNonNull(allocations, "allocations");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.debtors = Objects.requireNonNull(debtors, "debtors");
        this.review = Objects.requireNonNull(review, "review");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MatchRun match(TenantId tenant, LocalDate from, LocalDate to, MatchingSettings settings) {
        Objects.requireNonNull(tenant, "tenant");
        checkRange(from, to);
        // Two runs over the same payments at once would both allocate them: runs of one tenant
        // take turns. NOTE: the lock is per hub node; several nodes need a lock in the database.
        ReentrantLock lock = tenantLocks.computeIfAbsent(tenant, key -> new ReentrantLock());
        lock.lock();
        try {
            return matchAlone(tenant, from, to, settings);
        } finally {
            lock.unlock();
        }
    }

    private MatchRun matchAlone(TenantId tenant, LocalDate from, LocalDate to, MatchingSettings settings) {
        long started = System.nanoTime();
        List<Payment> pending = payments.listBookedUnallocated(tenant, from, to);
        long allocatedBefore = Math.max(0, payments.countBooked(tenant, from, to) - pending.size());
        List<Payment> originals = originalsOfReturns(tenant, from, to, pending);
        Set<Long> originalIds = new HashSet<>();
        originals.forEach(payment -> originalIds.add(payment.id()));
        Set<Long> undone = review.undoneAllocations(tenant);
        List<Allocation> earlier = originals.isEmpty() ? List.of()
                : review.listForPayments(tenant, originalIds).stream()
                        .filter(allocation -> !undone.contains(allocation.id())).toList();

        List<OpenInvoice> openItems = openItems(tenant);
        Map<Long, Set<String>> mandates = review.mandateReferences(tenant);
        Map<Long, List<String>> aliases = review.nameAliases(tenant);
        List<DebtorProfile> profiles = debtors(tenant).stream()
                .map(debtor -> profile(debtor, mandates.getOrDefault(debtor.id(), Set.of()),
                        aliases.getOrDefault(debtor.id(), List.of()))).toList();
        List<Payment> input = new ArrayList<>(pending.size() + originals.size());
        input.addAll(pending);
        input.addAll(originals);
        Set<Long> inputIds = new HashSet<>();
        input.forEach(payment -> inputIds.add(payment.id()));
        Set<Long> underReview = documentsUnderReview(tenant, inputIds);
        long read = System.nanoTime();

        DecisionWriter writer = new DecisionWriter(tenant, review, review.rejectedDocumentKeys(tenant), originalIds);
        new MatchingEngine(settings, clock).match(tenant, openItems, profiles, input, earlier, underReview, writer);
        MatchRun run = writer.result(allocatedBefore);
        LOG.info("Matching run for tenant {} over {} to {}: {} payments allocated before, {} decided, {} automatic,"
                        + " {} reopened, {} suggestions, {} unmatched, {} ignored, {} allocations stored, {} rejected by"
                        + " the store; {} open items; read in {} ms, matched and stored in {} ms", tenant, from, to,
                allocatedBefore, run.decided(), run.count(Outcome.AUTOMATIC), run.count(Outcome.REOPENED),
                run.count(Outcome.SUGGESTION), run.count(Outcome.UNMATCHED), run.count(Outcome.IGNORED),
                run.storedCount(), writer.rejectedGroups(), openItems.size(), (read - started) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        return run;
    }

    /**
     * Reads the allocated payments of the period that a return or reversal among the pending
     * payments may undo: those with the same end-to-end id, mandate reference or payer IBAN.
     */
    private List<Payment> originalsOfReturns(TenantId tenant, LocalDate from, LocalDate to, List<Payment> pending) {
        Set<String> endToEndIds = new HashSet<>();
        Set<String> mandateReferences = new HashSet<>();
        Set<String> ibans = new HashSet<>();
        for (Payment payment : pending) {
            if (payment.data().amount() == null || payment.data().amount().signum() >= 0 || payment.isDuplicate()) {
                continue;
            }
            addPresent(endToEndIds, payment.data().endToEndId());
            addPresent(mandateReferences, payment.data().mandateReference());
            addPresent(ibans, payment.data().counterpartyIban());
        }
        if (endToEndIds.isEmpty() && mandateReferences.isEmpty() && ibans.isEmpty()) {
            return List.of();
        }
        return payments.listBookedAllocatedByPayer(tenant, from, to, endToEndIds, mandateReferences, ibans);
    }

    private static void addPresent(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    @Override
    public List<Allocation> confirm(TenantId tenant, Proposal proposal, String user) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(proposal, "proposal");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Missing user for the confirmation of a proposal: name the person who confirms it.");
        }
        // NOTE: unlike confirmSuggestion, this stores no name alias of the payer, because the proposal
        // was never stored and the store learns aliases only from confirmed suggestions.
        List<Allocation> stored = new ArrayList<>();
        for (Allocation proposed : proposal.allocations()) {
            if (!proposed.tenant().equals(tenant)) {
                throw new IllegalArgumentException("Proposal allocation of tenant " + proposed.tenant()
                        + " cannot be confirmed for tenant " + tenant + ".");
            }
            stored.add(review.allocate(tenant, new Allocation(0, tenant, proposed.documentId(), proposed.paymentId(),
                    proposed.creditNoteId(), proposed.kind(), proposed.amount(), AllocationOrigin.user(user), null),
                    ExplanationJson.write(proposal.explanation())));
        }
        LOG.info("Proposal '{}' confirmed by {} for tenant {}: {} allocations stored", proposal.explanation().rule(),
                user, tenant, stored.size());
        return stored;
    }

    @Override
    public List<MatchSuggestion> openSuggestions(TenantId tenant, int offset, int limit) {
        return review.listOpen(Objects.requireNonNull(tenant, "tenant"), offset, limit);
    }

    @Override
    public long paymentsAwaitingReview(TenantId tenant) {
        return review.countPaymentsAwaitingReview(Objects.requireNonNull(tenant, "tenant"));
    }

    @Override
    public List<Allocation> confirmSuggestion(TenantId tenant, long suggestionId, String user) {
        List<Allocation> stored = review.confirm(Objects.requireNonNull(tenant, "tenant"), suggestionId, user);
        LOG.info("Matching suggestion {} confirmed by {} for tenant {}: {} allocations stored", suggestionId, user,
                tenant, stored.size());
        return stored;
    }

    @Override
    public MatchSuggestion rejectSuggestion(TenantId tenant, long suggestionId, String user) {
        MatchSuggestion rejected = review.reject(Objects.requireNonNull(tenant, "tenant"), suggestionId, user);
        LOG.info("Matching suggestion {} for payment {} rejected by {} for tenant {}", suggestionId,
                rejected.paymentId(), user, tenant);
        return rejected;
    }

    @Override
    public Allocation allocateManually(TenantId tenant, long paymentId, long documentId, Money amount, String user) {
        Objects.requireNonNull(tenant, "tenant");
        Payment payment = payments.find(tenant, paymentId)
                .orElseThrow(() -> new NotFoundException("Payment " + paymentId + " not found for tenant " + tenant));
        OpenItem item = allocations.openItem(tenant, documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " not found for tenant " + tenant));
        Money left = payment.data().amount().abs();
        for (Allocation used : review.listForPayment(tenant, paymentId)) {
            if (used.kind() == AllocationKind.PAYMENT && used.amount().currency().equals(left.currency())) {
                left = left.minus(used.amount());
            }
        }
        Money allocated = amount;
        if (allocated == null) {
            allocated = item.open().isLessThan(left) ? item.open() : left;
        }
        if (allocated.signum() <= 0) {
            throw new IllegalArgumentException("Nothing to allocate from payment " + paymentId + " to document "
                    + item.number() + ": the amount is " + allocated + "; give a positive amount, or undo an"
                    + " earlier allocation of the payment first.");
        }
        Allocation stored = review.allocate(tenant, new Allocation(0, tenant, documentId, paymentId, null,
                AllocationKind.PAYMENT, allocated, AllocationOrigin.user(user), null), null);
        review.replaceOpen(tenant, List.of(paymentId), List.of());
        LOG.info("Payment {} allocated by hand to document {} by {} for tenant {}: {}", paymentId, documentId, user,
                tenant, allocated);
        return stored;
    }

    @Override
    public Allocation undo(TenantId tenant, long allocationId, String user) {
        Allocation reversal = review.undo(Objects.requireNonNull(tenant, "tenant"), allocationId, user);
        LOG.info("Allocation {} undone by {} for tenant {} with reversing allocation {}", allocationId, user, tenant,
                reversal.id());
        return reversal;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Invalid booking period " + from + " to " + to
                    + ": the first day must not be after the last day.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Booking period " + from + " to " + to + " is longer than "
                    + MAX_DAYS + " days; run the matching for shorter periods.");
        }
    }

    /**
     * Returns the documents that open suggestions of payments outside this run propose, unless a
     * suggestion rests on the amount alone. Those payments came first, so the engine leaves these
     * documents out of its order by due date.
     */
    private Set<Long> documentsUnderReview(TenantId tenant, Set<Long> runPayments) {
        Set<Long> documents = new HashSet<>();
        for (int offset = 0; ; offset += MatchReviewStore.MAX_PAGE) {
            List<MatchSuggestion> page = review.listOpen(tenant, offset, MatchReviewStore.MAX_PAGE);
            for (MatchSuggestion suggestion : page) {
                if (!runPayments.contains(suggestion.paymentId())
                        && !MatchingEngine.AMOUNT_ONLY_RULE.equals(suggestion.rule())) {
                    suggestion.allocations().forEach(allocation -> documents.add(allocation.documentId()));
                }
            }
            if (page.size() < MatchReviewStore.MAX_PAGE) {
                return documents;
            }
        }
    }

    private List<OpenInvoice> openItems(TenantId tenant) {
        // NOTE: every run reads all open items of the tenant however few payments it matches, so
        // matching on arrival reads the whole open book once per delivered file.
        List<OpenItem> items = allocations.openItems(tenant);
        Map<Long, PaymentTerms> terms = documents.paymentTerms(tenant, items.stream().map(OpenItem::documentId).toList());
        List<OpenInvoice> result = new ArrayList<>(items.size());
        for (OpenItem item : items) {
            result.add(new OpenInvoice(item.documentId(), item.debtorId(), item.number(), item.kind(), item.issueDate(),
                    item.dueDate(), item.amountDue(), item.open(), terms.getOrDefault(item.documentId(), PaymentTerms.NONE)));
        }
        return result;
    }

    private List<Debtor> debtors(TenantId tenant) {
        List<Debtor> result = new ArrayList<>();
        for (int offset = 0; ; offset += DEBTOR_PAGE) {
            List<Debtor> page = debtors.list(tenant, offset, DEBTOR_PAGE);
            result.addAll(page);
            if (page.size() < DEBTOR_PAGE) {
                return result;
            }
        }
    }

    private static DebtorProfile profile(Debtor debtor, Set<String> mandates, List<String> nameAliases) {
        return new DebtorProfile(debtor.id(), debtor.data().name(), debtor.data().customerNumber(), debtor.ibansSeen(),
                new ArrayList<>(new TreeSet<>(mandates)), nameAliases);
    }
}
