package de.debitum.api.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * The ledger's tables in the system of record: settings, bookings, debtor accounts and periods.
 * Reads of events and bookings are pages ordered by id: pass the last id of a page as
 * {@code afterId} to get the next one; {@code limit} is 1 to {@link #MAX_PAGE}.
 */
@ProviderType
public interface LedgerStore {

    /** Largest page of one read. */
    int MAX_PAGE = 5_000;

    /** Returns the tenant's settings, or empty when none were saved. */
    Optional<LedgerSettings> settings(TenantId tenant);

    /**
     * Stores the tenant's settings, replacing the previous ones, with an audit event.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    LedgerSettings saveSettings(LedgerSettings settings, String actor);

    /**
     * Returns the debtor's account, assigning one by the settings' rule on first use. Assignments
     * of one tenant are serialised, so two debtors never get the same sequential number.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant has no such debtor
     * @throws IllegalStateException when the debtor range has no free number left
     */
    int debtorAccount(TenantId tenant, long debtorId, LedgerSettings settings);

    /** Lists documents issued between the two days (both included) whose current version is not booked. */
    List<DocumentEvent> unbookedDocuments(TenantId tenant, LocalDate from, LocalDate to, long afterId, int limit);

    /**
     * Lists allocations not booked whose day lies between the two days: the payment's booking
     * date, or the day the allocation was made when no payment is involved.
     */
    List<AllocationEvent> unbookedAllocations(TenantId tenant, LocalDate from, LocalDate to, long afterId, int limit);

    /** Lists payments booked between the two days that carry fees or have allocations; duplicates are left out. */
    List<PaymentEvent> paymentsWithAllocationsOrFees(TenantId tenant, LocalDate from, LocalDate to, long afterId,
                                                     int limit);

    /** Returns true when some version of the event is booked. */
    boolean isBooked(TenantId tenant, SourceType type, String sourceId);

    /** Lists the bookings of every version of an event, in the order they were made. */
    List<Booking> bookingsOf(TenantId tenant, SourceType type, String sourceId);

    /**
     * Stores the bookings of one event version in one transaction, and marks a booked document
     * as booked (which starts its retention duty). An event version is recorded once: a second
     * call for it stores nothing and returns an empty list. An event may have no bookings.
     *
     * @throws IllegalStateException when a booking is dated in a locked period
     */
    List<Booking> record(TenantId tenant, SourceEvent event, List<BookingDraft> bookings, String actor);

    /** An event version with the bookings to record for it. */
    record EventBookings(SourceEvent event, List<BookingDraft> bookings) {

        public EventBookings {
            java.util.Objects.requireNonNull(event, "event");
            bookings = List.copyOf(bookings);
        }
    }

    /**
     * Records several event versions as {@link #record} does, all in one transaction, and returns
     * the stored bookings per event in the given order. When one event cannot be recorded, none is:
     * the caller records them one by one to find out which.
     *
     * @throws IllegalStateException when a booking is dated in a locked period or a concurrent run
     *                               recorded one of the events meanwhile
     */
    default List<List<Booking>> recordAll(TenantId tenant, List<EventBookings> events, String actor) {
        return events.stream().map(event -> record(tenant, event.event(), event.bookings(), actor)).toList();
    }

    /** Lists the bookings of a period. */
    List<Booking> bookings(TenantId tenant, YearMonth period, long afterId, int limit);

    /** Counts the bookings of a period. */
    long countBookings(TenantId tenant, YearMonth period);

    /** Returns the state of a period; a period nobody locked is open. */
    LedgerPeriod period(TenantId tenant, YearMonth period);

    /** Returns the first period on or after {@code from} that is open. */
    YearMonth firstOpenPeriod(TenantId tenant, YearMonth from);

    /**
     * Locks a period; locking a locked period changes nothing.
     *
     * @return true when this call locked it, false when it was locked already
     */
    boolean lock(TenantId tenant, YearMonth period, String actor);

    /**
     * Opens a period that {@link #lock} locked in the same failed export, before any file left
     * the hub. Exported periods stay locked: changes to them are correction bookings.
     */
    void unlockAfterFailedExport(TenantId tenant, YearMonth period);

    /** Returns the debtors that have one of the accounts, with their accounts, ordered by account. */
    List<DebtorAccount> debtorAccounts(TenantId tenant, Collection<Integer> accounts);
}
