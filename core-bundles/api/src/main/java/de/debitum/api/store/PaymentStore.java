package de.debitum.api.store;

import java.time.LocalDate;
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

    /**
     * Reverses ingestion's decision that a payment repeats another source's payment: it counts on
     * its own from now on and a later import of the same record does not mark it again.
     *
     * @throws NotFoundException when the tenant has no such payment
     * @throws IllegalStateException when the payment is not marked as a duplicate
     */
    Payment undoDuplicate(TenantId tenant, long paymentId, String actor);
}
