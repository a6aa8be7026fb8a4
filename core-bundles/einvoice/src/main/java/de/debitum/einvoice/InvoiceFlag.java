package de.debitum.einvoice;

/** Markers that tell downstream steps to treat a record specially. */
public enum InvoiceFlag {
    /** MINIMUM or BASIC WL: imported as a booking aid, not a valid invoice under German VAT law. */
    BOOKING_AID_ONLY,
    /** Read from a plain PDF's text: a person confirms it before it is dunned. */
    NEEDS_CONFIRMATION
}
