package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hibernate.Session;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.MatchReviewStore.AllocationGroup;
import de.debitum.api.store.MatchReviewStore.GroupResult;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.persistence.AllocationEntity;
import de.debitum.datacenter.internal.persistence.DebtorIbanEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/**
 * Stores many groups of allocations in one transaction with the checks of
 * {@link DefaultAllocationStore#store}, but reads the documents, payments, payment sums and known
 * IBANs of all groups up front in a few queries and adds to the documents' allocated sums in one
 * JDBC batch at the end. Per allocation it writes only the allocation row, its audit event and a new IBAN.
 */
final class AllocationBatch {

    private final Session session;
    private final Instant now;
    private final TenantId tenant;
    private final Map<Long, DocumentEntity> documents = new HashMap<>();
    private final Map<Long, PaymentEntity> payments = new HashMap<>();
    private final Map<Long, BigDecimal> used = new HashMap<>();
    private final Set<String> knownIbans = new HashSet<>();
    /** Amounts to add to {@code document.allocated}, by document id in ascending order so that row locks come in one order. */
    private final Map<Long, BigDecimal> sums = new TreeMap<>();

    private AllocationBatch(Session session, Instant now, TenantId tenant) {
        this.session = session;
        this.now = now;
        this.tenant = tenant;
    }

    /** Stores the groups inside the caller's transaction; see {@link de.debitum.api.store.MatchReviewStore#allocateAll}. */
    static List<GroupResult> store(Session session, Instant now, TenantId tenant, List<AllocationGroup> groups) {
        AllocationBatch batch = new AllocationBatch(session, now, tenant);
        batch.load(groups);
        List<GroupResult> results = new ArrayList<>(groups.size());
        for (AllocationGroup group : groups) {
            List<Allocation> stored = new ArrayList<>();
            String rejection = null;
            for (Allocation allocation : group.allocations()) {
                try {
                    stored.add(RecordMapping.allocation(batch.store(allocation, group.explanation())));
                } catch (IllegalArgumentException | NotFoundException e) {
                    rejection = e.getMessage();
                    break;
                }
            }
            results.add(new GroupResult(stored, rejection));
        }
        AllocatedSums.addAll(session, tenant, batch.sums);
        return results;
    }

    private void load(List<AllocationGroup> groups) {
        Set<Long> documentIds = new HashSet<>();
        Set<Long> paymentIds = new HashSet<>();
        for (AllocationGroup group : groups) {
            for (Allocation allocation : group.allocations()) {
                documentIds.add(allocation.documentId());
                if (allocation.creditNoteId() != null) {
                    documentIds.add(allocation.creditNoteId());
                }
                if (allocation.paymentId() != null) {
                    paymentIds.add(allocation.paymentId());
                }
            }
        }
        for (List<Long> chunk : Rows.chunks(documentIds)) {
            // Read-only rows: the batch never changes them, so flushes need not check them.
            session.createSelectionQuery("from DocumentEntity where tenantId = :tenant and id in (:ids)", DocumentEntity.class)
                    .setReadOnly(true)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(document -> documents.put(document.id, document));
        }
        for (List<Long> chunk : Rows.chunks(paymentIds)) {
            session.createSelectionQuery("from PaymentEntity where tenantId = :tenant and id in (:ids)", PaymentEntity.class)
                    .setReadOnly(true)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(payment -> payments.put(payment.id, payment));
            session.createSelectionQuery("select paymentId, sum(amount) from AllocationEntity where tenantId = :tenant"
                            + " and paymentId in (:ids) group by paymentId", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> used.put((Long) row[0], (BigDecimal) row[1]));
        }
        Set<Long> debtorIds = new HashSet<>();
        documents.values().forEach(document -> debtorIds.add(document.debtorId));
        for (List<Long> chunk : Rows.chunks(debtorIds)) {
            session.createSelectionQuery("select debtorId, iban from DebtorIbanEntity where tenantId = :tenant"
                            + " and debtorId in (:ids)", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> knownIbans.add(row[0] + "|" + row[1]));
        }
    }

    private AllocationEntity store(Allocation allocation, String explanation) {
        if (!allocation.tenant().equals(tenant)) {
            throw new IllegalArgumentException("Allocation of tenant " + allocation.tenant()
                    + " cannot be stored for tenant " + tenant);
        }
        DocumentEntity document = document(allocation.documentId());
        DefaultAllocationStore.checkCurrency(document, allocation);
        PaymentEntity payment = null;
        if (allocation.paymentId() != null) {
            payment = payments.get(allocation.paymentId());
            if (payment == null) {
                throw Rows.notFound("Payment", allocation.paymentId(), tenant);
            }
            DefaultAllocationStore.checkPayment(payment, used.getOrDefault(payment.id, BigDecimal.ZERO), allocation);
        }
        if (allocation.creditNoteId() != null) {
            DefaultAllocationStore.checkCreditNote(document(allocation.creditNoteId()), allocation);
        }

        AllocationEntity row = DefaultAllocationStore.persist(session, now, tenant, allocation, explanation, null);
        sums.merge(allocation.documentId(), row.amount, BigDecimal::add);
        if (allocation.creditNoteId() != null) {
            sums.merge(allocation.creditNoteId(), row.amount, BigDecimal::add);
        }
        if (payment != null) {
            used.merge(payment.id, row.amount, BigDecimal::add);
            if (payment.counterpartyIban != null && knownIbans.add(document.debtorId + "|" + payment.counterpartyIban)) {
                DebtorIbanEntity iban = new DebtorIbanEntity();
                iban.tenantId = tenant.value();
                iban.debtorId = document.debtorId;
                iban.iban = payment.counterpartyIban;
                session.persist(iban);
            }
        }
        DefaultAllocationStore.audit(session, now, tenant, allocation, row, document, payment, null);
        return row;
    }

    private DocumentEntity document(long id) {
        DocumentEntity document = documents.get(id);
        if (document == null) {
            throw Rows.notFound("Document", id, tenant);
        }
        return document;
    }
}
