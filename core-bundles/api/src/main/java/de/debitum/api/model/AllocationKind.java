package de.debitum.api.model;

/** What an allocation settles on a document. */
public enum AllocationKind {
    PAYMENT,
    CASH_DISCOUNT,
    FEE,
    WRITE_OFF,
    CREDIT_NOTE
}
