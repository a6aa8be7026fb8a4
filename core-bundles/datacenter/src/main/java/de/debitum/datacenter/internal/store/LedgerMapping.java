package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;

import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.SourceEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.persistence.LedgerBookingEntity;
import de.debitum.datacenter.internal.persistence.LedgerEventEntity;

/** Maps bookings between the API records and the {@code ledger_booking} rows. */
final class LedgerMapping {

    /** Column widths of {@code ledger_booking}. DATEV's own limits are shorter, and the export applies them. */
    private static final int BELEGFELD_COLUMN = 100;
    private static final int TEXT_COLUMN = 200;

    private LedgerMapping() {
    }

    static LedgerBookingEntity row(TenantId tenant, long eventId, BookingDraft draft, Instant now) {
        LedgerBookingEntity row = new LedgerBookingEntity();
        row.tenantId = tenant.value();
        row.eventId = eventId;
        row.bookingDate = draft.date();
        row.period = YearMonth.from(draft.date()).toString();
        row.debitAccount = draft.debitAccount();
        row.creditAccount = draft.creditAccount();
        row.amount = draft.amount().amount();
        row.currency = draft.amount().currency().getCurrencyCode();
        row.taxKey = draft.taxKey();
        row.belegfeld1 = cut(draft.belegfeld1(), BELEGFELD_COLUMN);
        row.text = cut(draft.text(), TEXT_COLUMN);
        row.debtorAccount = draft.debtorAccount();
        row.dueDate = draft.dueDate();
        row.correctionOf = draft.correctionOf();
        row.generalumkehr = draft.generalumkehr();
        row.createdAt = now;
        return row;
    }

    static Booking booking(LedgerBookingEntity row, LedgerEventEntity event) {
        return new Booking(row.id, TenantId.of(row.tenantId), row.bookingDate, YearMonth.parse(row.period),
                row.debitAccount, row.creditAccount, Money.of(row.amount, Currency.getInstance(row.currency)), row.taxKey,
                row.belegfeld1, row.text,
                new SourceEvent(SourceType.valueOf(event.sourceType), event.sourceId, event.version),
                row.debtorAccount, row.dueDate, row.correctionOf, row.generalumkehr, row.createdAt);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
