package de.debitum.api.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;

/**
 * A stored booking. Bookings are never changed: a correction is a new booking that names the one
 * it reverses in {@code correctionOf}.
 *
 * @param period the month of {@code date}; an event dated in a locked period is booked on the
 *     first day of the next open period instead
 * @param source the business event the booking comes from
 */
public record Booking(long id, TenantId tenant, LocalDate date, YearMonth period, int debitAccount, int creditAccount,
                      Money amount, String taxKey, String belegfeld1, String text, SourceEvent source,
                      Integer debtorAccount, LocalDate dueDate, Long correctionOf, boolean generalumkehr,
                      Instant createdAt) {

    public Booking {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }
}
