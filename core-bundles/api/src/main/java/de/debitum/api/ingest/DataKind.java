package de.debitum.api.ingest;

/** Kind of data a source delivers for a period. */
public enum DataKind {
    INVOICES,
    PAYMENTS
}
