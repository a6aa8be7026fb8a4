package de.debitum.api.ledger;

/** State of an accounting period (one calendar month). */
public enum PeriodState {
    /** Bookings can be added. */
    OPEN,
    /** Exported to DATEV; bookings dated in it go to the next open period instead. */
    LOCKED
}
