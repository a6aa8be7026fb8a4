package de.debitum.datacenter.internal.store;

import java.time.LocalDate;

/**
 * Retention of booked documents. Invoices are accounting vouchers (Buchungsbelege), which
 * § 147 (3) AO keeps for 8 years since 2025 (10 years before). The period starts at the end of
 * the calendar year of the booking (§ 147 (4) AO), so a document booked in 2025 may go on
 * 1 January 2034.
 */
final class RetentionRule {

    static final int VOUCHER_YEARS = 8;
    static final String REASON = "§ 147 (3) AO: accounting vouchers are kept 8 years from the end of the year of booking";

    private RetentionRule() {
    }

    /** Returns the first day a document booked on {@code bookedOn} may be deleted. */
    static LocalDate deletableFrom(LocalDate bookedOn) {
        return LocalDate.of(bookedOn.getYear() + VOUCHER_YEARS + 1, 1, 1);
    }
}
