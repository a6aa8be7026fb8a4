package de.debitum.einvoice;

/** Machine-readable codes of {@link ReadWarning}s. */
public enum WarningCode {
    /** Mustang's recalculation of the totals differs from the stated totals, which are kept. */
    RECALCULATION_DIFFERS,
    /** Mustang could not recalculate the document; the stated totals are kept unchecked. */
    RECALCULATION_UNAVAILABLE,
    /** A UBL CreditNote states no type code (BT-3); 381 was assumed from the root element. */
    DOCUMENT_TYPE_ASSUMED,
    /** The document type code is not one of 380, 381, 384, 389, 875, 876, 877. */
    DOCUMENT_TYPE_UNLISTED,
    /** The profile is MINIMUM or BASIC WL, so the record is only a booking aid. */
    BOOKING_AID_PROFILE,
    /** A commercial invoice (380) states a negative grand total, as a credit note would. */
    NEGATIVE_TOTAL_ON_INVOICE,
    /** The document names more than one payee account; the first is the expected one. */
    SEVERAL_PAYEE_ACCOUNTS,
    /** The text rules did not find every field in a plain PDF. */
    FIELDS_NOT_FOUND
}
