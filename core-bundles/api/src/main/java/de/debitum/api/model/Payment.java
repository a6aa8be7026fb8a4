package de.debitum.api.model;

import java.time.Instant;

/**
 * A stored payment.
 *
 * @param duplicateOf id of the payment from another source that this one repeats; such a payment
 *                    counts once, through the payment it points to. Null when it is no duplicate.
 */
public record Payment(long id, TenantId tenant, String source, PaymentData data, Long duplicateOf,
                      Instant createdAt, Instant updatedAt) {

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
