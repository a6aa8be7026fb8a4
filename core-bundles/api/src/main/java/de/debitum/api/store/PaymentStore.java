package de.debitum.api.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Payment;
import de.debitum.api.model.TenantId;

/** Payments of one tenant. Payments are created through ingestion. */
@ProviderType
public interface PaymentStore {

    Optional<Payment> find(TenantId tenant, long paymentId);

    Optional<Payment> findByExternalId(TenantId tenant, String source, String externalId);

    /** Lists payments booked between the two days (both included), duplicates included. */
    List<Payment> listBooked(TenantId tenant, LocalDate from, LocalDate to);

    /** Counts the payments booked between the two days (both included), duplicates included. */
    long countBooked(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * Lists the payments booked between the two days (both included) that have no allocation
     * except undone ones and the reversals that undid them, duplicates included, by booking day
     * and id. These are the payments that matching still has to decide on.
     */
    List<Payment> listBookedUnallocated(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * Lists the possible originals of returns: the positive payments booked between the two days
     * (both included) that have an allocation which is not undone. Each shares an end-to-end id,
     * a mandate reference or a payer IBAN with the given values. Each collection may be empty, and
     * the method runs one query per 1000 values.
     */
    List<Payment> listBookedAllocatedByPayer(TenantId tenant, LocalDate from, LocalDate to,
                                             Collection<String> endToEndIds, Collection<String> mandateReferences,
                                             Collection<String> ibans);

    /**
     * Reverses ingestion's decision that a payment repeats another source's payment: it counts on
     * its own from now on and a later import of the same record does not mark it again.
     *
     * @throws NotFoundException when the tenant has no such payment
     * @throws IllegalStateException when the payment is not marked as a duplicate
     */
    Payment undoDuplicate(TenantId tenant, long paymentId, String actor);
}
