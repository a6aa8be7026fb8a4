package de.debitum.api.connector;

/** Kind of data a connector type delivers or takes. */
public enum Capability {
    /** Invoices, credit notes and other receivable documents. */
    INVOICES,
    /** Incoming payments and bank transactions. */
    PAYMENTS,
    /** Debtor master data. */
    DEBTORS,
    /** Hand-over of unpaid claims to a collection agency. */
    COLLECTIONS
}
