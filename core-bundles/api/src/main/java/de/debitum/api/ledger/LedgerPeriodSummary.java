package de.debitum.api.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One period of a tenant as the ledger view lists it.
 *
 * @param lockedAt when the period was locked, or null while open
 * @param lockedBy who locked it, or null while open
 * @param bookings bookings dated in the period
 * @param exports stored DATEV exports of the period
 * @param lastExportAt when the latest export of the period ran, or null
 */
public record LedgerPeriodSummary(YearMonth period, PeriodState state, Instant lockedAt, String lockedBy,
                                  long bookings, int exports, Instant lastExportAt) {

    public LedgerPeriodSummary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
    }

    /** Returns true when the period is locked and at least one export of it is stored. */
    public boolean isExported() {
        return state == PeriodState.LOCKED && exports > 0;
    }
}
