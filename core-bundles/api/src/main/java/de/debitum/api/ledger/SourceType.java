package de.debitum.api.ledger;

/**
 * Kind of business event a booking comes from. Together with the event's id it makes booking
 * idempotent: an event is booked once per version.
 */
public enum SourceType {
    /** An invoice, corrected invoice, credit note or cancellation; the id is the document id. */
    DOCUMENT,
    /** A settlement of a document (payment, cash discount, fee, write-off); the id is the allocation id. */
    ALLOCATION,
    /** Charges a bank took from a received payment; the id is the payment id. */
    BANK_FEE,
    /** The return fee of a returned direct debit; the id is the payment id. */
    RETURN_FEE,
    /** The part of a payment beyond the documents it settled; the id is the payment id. */
    OVERPAYMENT,
    /** A dunning fee charged on a document; the id is the dunning side's id of the charge. */
    DUNNING_FEE,
    /** Default interest charged on a document; the id is the dunning side's id of the charge. */
    DEFAULT_INTEREST
}
