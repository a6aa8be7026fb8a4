package de.debitum.api.ingest;

/** What kind of data a source delivers for a period. */
public enum DataKind {
    INVOICES,
    PAYMENTS
}
