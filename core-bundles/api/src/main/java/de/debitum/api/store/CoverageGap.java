package de.debitum.api.store;

import java.time.LocalDate;

/**
 * A date range (both days included) with invoice data but without payment data from
 * {@code paymentSource}: reminders for invoices due in it may be wrong.
 */
public record CoverageGap(String paymentSource, LocalDate from, LocalDate to) {
}
