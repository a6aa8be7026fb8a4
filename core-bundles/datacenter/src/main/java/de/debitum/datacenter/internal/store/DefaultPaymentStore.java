package de.debitum.datacenter.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * HQL condition on payment {@code p}: it has an allocation that is not undone. An undone
     * allocation has a reversal that names it in {@code reversesId}, and the reversal itself
     * does not count either.
     */
    private static final String ALLOCATED = "exists (from AllocationEntity a where a.tenantId = p.tenantId"
            + " and a.paymentId = p.id and a.reversesId is null"
            + " and not exists (from AllocationEntity r where r.tenantId = a.tenantId and r.reversesId = a.id))";
    private static final String BOOKED = "p.tenantId = :tenant and p.bookingDate between :from and :to";

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
    public long countBooked(TenantId tenant, LocalDate from, LocalDate to) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "select count(*) from PaymentEntity p where " + BOOKED, Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    @Override
    public List<Payment> listBookedUnallocated(TenantId tenant, LocalDate from, LocalDate to) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from PaymentEntity p where " + BOOKED + " and not " + ALLOCATED + " order by p.bookingDate, p.id",
                        PaymentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream().map(RecordMapping::payment).toList());
    }

    @Override
    public List<Payment> listBookedAllocatedByPayer(TenantId tenant, LocalDate from, LocalDate to,
                                                    Collection<String> endToEndIds,
                                                    Collection<String> mandateReferences, Collection<String> ibans) {
        Map<Long, Payment> found = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<String>> key : Map.of("endToEndId", endToEndIds,
                "mandateReference", mandateReferences, "counterpartyIban", ibans).entrySet()) {
            for (List<String> chunk : Rows.chunks(key.getValue())) {
                persistence.database().read(session -> {
                    session.createSelectionQuery("from PaymentEntity p where " + BOOKED + " and p.amount > 0 and p."
                                    + key.getKey() + " in (:values) and " + ALLOCATED, PaymentEntity.class)
                            .setParameter("tenant", tenant.value())
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .setParameter("values", chunk)
                            .getResultList()
                            .forEach(row -> found.putIfAbsent(row.id, RecordMapping.payment(row)));
                    return null;
                });
            }
        }
        List<Payment> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparing((Payment payment) -> payment.data().bookingDate())
                .thenComparing(Payment::id));
        return result;
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
