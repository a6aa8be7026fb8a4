package de.debitum.api.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

import de.debitum.api.model.TenantId;

/**
 * One accounting period of a tenant: a calendar month.
 *
 * @param lockedAt when the period was locked, or null while open
 * @param lockedBy who locked it, or null while open
 */
public record LedgerPeriod(TenantId tenant, YearMonth period, PeriodState state, Instant lockedAt, String lockedBy) {

    public LedgerPeriod {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
    }

    public boolean isLocked() {
        return state == PeriodState.LOCKED;
    }
}
