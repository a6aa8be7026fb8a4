package de.debitum.api.model;

/** Kind of settlement an allocation makes on a document. */
public enum AllocationKind {
    PAYMENT,
    CASH_DISCOUNT,
    FEE,
    WRITE_OFF,
    CREDIT_NOTE
}
