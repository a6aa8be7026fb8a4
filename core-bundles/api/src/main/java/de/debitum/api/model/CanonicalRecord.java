package de.debitum.api.model;

/**
 * Content a connector delivers for one business object, identified by the source's own id.
 * The same source and external id always mean the same object: delivering it again is a no-op,
 * delivering changed content updates it.
 */
public sealed interface CanonicalRecord permits DebtorData, DocumentData, PaymentData {

    /** The source system's id of the object, unique per tenant and source. */
    String externalId();
}
