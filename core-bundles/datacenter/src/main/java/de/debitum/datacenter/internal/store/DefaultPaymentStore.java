package de.debitum.datacenter.internal.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.Payment;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.PaymentStore;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.PaymentEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/** Payments in the {@code payment} table. */
@Component(service = PaymentStore.class)
public class DefaultPaymentStore implements PaymentStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultPaymentStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<Payment> find(TenantId tenant, long paymentId) {
        return persistence.database().read(session -> Rows.payment(session, tenant, paymentId).map(RecordMapping::payment));
    }

    @Override
    public Optional<Payment> findByExternalId(TenantId tenant, String source, String externalId) {
        return persistence.database().read(session ->
                Rows.bySourceAndExternalId(session, PaymentEntity.class, tenant, source, externalId).map(RecordMapping::payment));
    }

    @Override
    public List<Payment> listBooked(TenantId tenant, LocalDate from, LocalDate to) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from PaymentEntity where tenantId = :tenant and bookingDate between :from and :to"
                                + " order by bookingDate, id", PaymentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream().map(RecordMapping::payment).toList());
    }

    @Override
    public Payment undoDuplicate(TenantId tenant, long paymentId, String actor) {
        return persistence.database().inTransaction(session -> {
            PaymentEntity payment = Rows.requirePayment(session, tenant, paymentId);
            if (payment.duplicateOf == null) {
                throw new IllegalStateException("Payment " + paymentId + " is not marked as a duplicate; nothing to undo.");
            }
            Long original = payment.duplicateOf;
            payment.duplicateOf = null;
            payment.duplicateUndone = true;
            payment.updatedAt = persistence.database().clock().instant();
            AuditLog.append(session, tenant.value(), payment.updatedAt, AuditEventType.DUPLICATE_UNDONE, "payment",
                    String.valueOf(paymentId), null, null, actor,
                    "No longer a duplicate of payment " + original + "; counts on its own");
            return RecordMapping.payment(payment);
        });
    }
}
