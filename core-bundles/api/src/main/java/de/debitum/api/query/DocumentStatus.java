package de.debitum.api.query;

/** Payment state of a document as lists show it. */
public enum DocumentStatus {
    /** Something is open and the due date has not passed (or there is none). */
    OPEN,
    /** Something is open and the due date has passed. */
    OVERDUE,
    /** Nothing is open: allocations cover the amount due. */
    PAID
}
