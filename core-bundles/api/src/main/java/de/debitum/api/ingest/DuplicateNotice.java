package de.debitum.api.ingest;

/**
 * A payment recorded as a duplicate of a payment from another source.
 *
 * @param paymentId      the stored duplicate
 * @param externalId     its external id in this batch's source
 * @param originalId     the payment it repeats
 * @param originalSource the source of that payment
 */
public record DuplicateNotice(long paymentId, String externalId, long originalId, String originalSource) {
}
