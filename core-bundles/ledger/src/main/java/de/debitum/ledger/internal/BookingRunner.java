package de.debitum.ledger.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.ledger.AllocationEvent;
import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.DocumentEvent;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.LedgerStore;
import de.debitum.api.ledger.PaymentEvent;
import de.debitum.api.ledger.SourceEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.Payment;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.ledger.BookingRun;
import de.debitum.ledger.Charge;
import de.debitum.ledger.internal.booking.BookingRules;
import de.debitum.ledger.internal.booking.UnbookableEvent;

/**
 * One booking run of one tenant: reads the unbooked events page by page, lets
 * {@link BookingRules} decide their bookings, moves bookings dated in a locked period to the next
 * open one, and records the events of a page in one transaction. When that transaction fails (a
 * period locked meanwhile, a concurrent run), it records the page's events one by one, so that
 * only the event at fault waits.
 */
final class BookingRunner {

    /** Events read per page. */
    static final int PAGE = 500;

    /** Warnings logged per run. The run's result lists the rest. */
    private static final int MAX_WARNINGS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(BookingRunner.class);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LedgerStore store;
    private final TenantId tenant;
    private final String actor;
    private final BookingRules rules;
    private final Map<YearMonth, YearMonth> openPeriods = new HashMap<>();
    private final Map<Long, Integer> debtorAccounts = new HashMap<>();
    private final LedgerSettings settings;

    private final Map<SourceType, Integer> events = new EnumMap<>(SourceType.class);
    /** Events decided but not yet recorded: those of the current page. */
    private final List<Decided> decided = new ArrayList<>();
    private final List<String> waiting = new ArrayList<>();
    private int waitingCount;
    private int bookings;
    private int corrections;

    BookingRunner(LedgerStore store, LedgerSettings settings, TenantId tenant, String actor) {
        this.store = store;
        this.settings = settings;
        this.tenant = tenant;
        this.actor = actor;
        this.rules = new BookingRules(settings, DatevMapping.automaticAccounts(settings));
    }

    BookingRun run(LocalDate from, LocalDate to) {
        long afterId = 0;
        for (List<DocumentEvent> page = store.unbookedDocuments(tenant, from, to, afterId, PAGE); !page.isEmpty();
                page = store.unbookedDocuments(tenant, from, to, afterId, PAGE)) {
            page.forEach(this::bookDocument);
            recordDecided();
            afterId = page.get(page.size() - 1).document().id();
        }
        afterId = 0;
        for (List<AllocationEvent> page = store.unbookedAllocations(tenant, from, to, afterId, PAGE); !page.isEmpty();
                page = store.unbookedAllocations(tenant, from, to, afterId, PAGE)) {
            page.forEach(this::bookAllocation);
            recordDecided();
            afterId = page.get(page.size() - 1).allocation().id();
        }
        afterId = 0;
        for (List<PaymentEvent> page = store.paymentsWithAllocationsOrFees(tenant, from, to, afterId, PAGE); !page.isEmpty();
                page = store.paymentsWithAllocationsOrFees(tenant, from, to, afterId, PAGE)) {
            page.forEach(this::bookPaymentEvents);
            recordDecided();
            afterId = page.get(page.size() - 1).payment().id();
        }
        return result();
    }

    BookingRun charge(Charge charge, ReceivableDocument document) {
        SourceEvent event = new SourceEvent(charge.type(), charge.chargeId(), "1");
        apply(event, () -> rules.charge(charge, document, debtorAccount(document.debtorId())));
        recordDecided();
        return result();
    }

    private void bookDocument(DocumentEvent event) {
        ReceivableDocument document = event.document();
        SourceEvent source = new SourceEvent(SourceType.DOCUMENT, String.valueOf(document.id()), event.version());
        apply(source, () -> {
            List<BookingDraft> drafts = new ArrayList<>();
            // Ingestion rejects changes to booked documents, so a second version appears only if
            // that rule changes. The first version is then reversed, never booked twice.
            if (event.rebooking()) {
                List<Booking> previous = store.bookingsOf(tenant, SourceType.DOCUMENT, source.sourceId());
                drafts.addAll(rules.reversal(previous, document.data().issueDate()));
            }
            drafts.addAll(rules.document(document, debtorAccount(document.debtorId())));
            return drafts;
        });
    }

    private void bookAllocation(AllocationEvent event) {
        SourceEvent source = SourceEvent.of(SourceType.ALLOCATION, event.allocation().id());
        apply(source, () -> {
            Integer overpaymentAccount = null;
            if (event.overpaymentBooked()) {
                overpaymentAccount = store.bookingsOf(tenant, SourceType.OVERPAYMENT, String.valueOf(event.payment().id()))
                        .stream().map(Booking::debtorAccount).findFirst().orElse(null);
            }
            return rules.allocation(event, debtorAccount(event.document().debtorId()), overpaymentAccount);
        });
    }

    /**
     * Books the payment-level events: charges on a received payment, the fee of a returned
     * direct debit, and the rest of a payment beyond its allocations.
     */
    private void bookPaymentEvents(PaymentEvent event) {
        Payment payment = event.payment();
        boolean received = payment.data().amount().signum() > 0;
        boolean hasFees = payment.data().fees() != null && !payment.data().fees().isZero();
        if (hasFees && received && !event.booked().contains(SourceType.BANK_FEE)) {
            apply(SourceEvent.of(SourceType.BANK_FEE, payment.id()), () -> rules.bankFee(event));
        }
        if (hasFees && !received && !event.booked().contains(SourceType.RETURN_FEE)) {
            apply(SourceEvent.of(SourceType.RETURN_FEE, payment.id()), () -> rules.returnFee(payment,
                    event.debtorId() == null ? null : debtorAccount(event.debtorId())));
        }
        boolean overpaid = received && event.allocated().signum() > 0
                && event.allocated().isLessThan(payment.data().amount());
        if (overpaid && !event.booked().contains(SourceType.OVERPAYMENT)) {
            apply(SourceEvent.of(SourceType.OVERPAYMENT, payment.id()),
                    () -> rules.overpayment(event, debtorAccount(event.debtorId())));
        }
    }

    /** An event with the bookings the rules decided and the ones moved into open periods. */
    private record Decided(SourceEvent event, List<BookingDraft> decided, List<BookingDraft> drafts) {
    }

    /** Decides and moves the bookings of one event. An event that cannot be booked is counted as waiting. */
    private void apply(SourceEvent event, Supplier<List<BookingDraft>> decide) {
        try {
            List<BookingDraft> bookingsDecided = decide.get();
            decided.add(new Decided(event, bookingsDecided, bookingsDecided.stream().map(this::intoOpenPeriod).toList()));
        } catch (UnbookableEvent e) {
            markWaiting(event, e);
            LOG.debug("Ledger event {} {} of tenant '{}' waits: {}", event.type(), event.sourceId(), tenant, e.getMessage());
        } catch (IllegalStateException e) {
            warnWaiting(event, e);
        }
    }

    /** Records the decided events in one transaction, or one by one when that fails. */
    private void recordDecided() {
        if (decided.isEmpty()) {
            return;
        }
        try {
            List<List<Booking>> stored = store.recordAll(tenant,
                    decided.stream().map(pending -> new LedgerStore.EventBookings(pending.event(), pending.drafts())).toList(), actor);
            for (int i = 0; i < decided.size(); i++) {
                count(decided.get(i), stored.get(i));
            }
        } catch (IllegalStateException e) {
            LOG.debug("Ledger events of tenant '{}' recorded one by one: {}", tenant, e.getMessage());
            for (Decided pending : decided) {
                try {
                    count(pending, store.record(tenant, pending.event(), pending.drafts(), actor));
                } catch (IllegalStateException single) {
                    // A full debtor range, a period locked during the run, or a concurrent run: someone must act.
                    warnWaiting(pending.event(), single);
                }
            }
        } finally {
            decided.clear();
        }
    }

    private void count(Decided pending, List<Booking> stored) {
        if (stored.isEmpty() && !pending.drafts().isEmpty()) {
            // Another run recorded this event version first.
            return;
        }
        events.merge(pending.event().type(), 1, Integer::sum);
        bookings += stored.size();
        for (int i = 0; i < pending.drafts().size(); i++) {
            if (!pending.drafts().get(i).date().equals(pending.decided().get(i).date())) {
                corrections++;
            }
        }
    }

    private void warnWaiting(SourceEvent event, IllegalStateException reason) {
        markWaiting(event, reason);
        if (waitingCount <= MAX_WARNINGS) {
            LOG.warn("Ledger event {} {} of tenant '{}' not booked: {}", event.type(), event.sourceId(), tenant,
                    reason.getMessage());
        }
    }

    private void markWaiting(SourceEvent event, RuntimeException reason) {
        waitingCount++;
        if (waiting.size() < BookingRun.MAX_WAITING_LISTED) {
            waiting.add(event.type() + " " + event.sourceId() + ": " + reason.getMessage());
        }
    }

    /** Moves a booking dated in a locked period to the first day of the next open period. */
    private BookingDraft intoOpenPeriod(BookingDraft draft) {
        YearMonth period = YearMonth.from(draft.date());
        YearMonth open = openPeriods.computeIfAbsent(period, month -> store.firstOpenPeriod(tenant, month));
        if (open.equals(period)) {
            return draft;
        }
        String text = (draft.text() == null ? "" : draft.text()) + " (Beleg " + draft.date().format(GERMAN_DATE) + ")";
        return new BookingDraft(open.atDay(1), draft.debitAccount(), draft.creditAccount(), draft.amount(), draft.taxKey(),
                draft.belegfeld1(), text, draft.debtorAccount(), draft.dueDate(), draft.correctionOf(), draft.generalumkehr());
    }

    private int debtorAccount(long debtorId) {
        return debtorAccounts.computeIfAbsent(debtorId, id -> store.debtorAccount(tenant, id, settings));
    }

    private BookingRun result() {
        return new BookingRun(events, bookings, corrections, waiting, waitingCount);
    }
}
