package de.debitum.api.model;

import java.time.Instant;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * A settlement of part of a document: by a payment, by a credit note, or without money (cash
 * discount, fee, write-off).
 *
 * @param id               the hub's id, 0 for an allocation not yet stored
 * @param documentId       the document settled
 * @param paymentId        the payment used, or null
 * @param creditNoteId     the credit note used, or null
 * @param amount           amount settled, in the document's currency
 */
public record Allocation(long id, TenantId tenant, long documentId, Long paymentId, Long creditNoteId,
                         AllocationKind kind, Money amount, AllocationOrigin origin, Instant createdAt) {

    public Allocation {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(origin, "origin");
    }
}
