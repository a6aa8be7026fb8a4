package de.debitum.connector.bankstatement.internal.parse;

/** The message types the reader understands, named as the banks name them. */
public enum StatementFormat {
    /** ISO 20022 camt.052, the intraday account report (Umsatzinformation untertägig). */
    CAMT_052,
    /** ISO 20022 camt.053, the end-of-day statement (Kontoauszug). */
    CAMT_053,
    /** ISO 20022 camt.054, the debit/credit notification, often the details of a batch booking. */
    CAMT_054,
    /** SWIFT MT940, the customer statement message. */
    MT940,
    /** SWIFT MT942, the interim transaction report, which carries no balances. */
    MT942
}
