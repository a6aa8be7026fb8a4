package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.AllocationStore;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.AllocationEntity;
import de.debitum.datacenter.internal.persistence.DebtorIbanEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/**
 * Allocations in the {@code allocation} table and the open items derived from them. An invoice's
 * open amount is its amount due minus what was allocated to it. A credit note's open amount is
 * its amount due as a credit (negative) plus what of it was used on invoices.
 */
@Component(service = AllocationStore.class)
public class DefaultAllocationStore implements AllocationStore {

    /** The maximum number of debtors in one page of {@link #overdueOpenItems}. */
    static final int MAX_DEBTORS_PER_PAGE = 1000;

    /**
     * HQL condition on document {@code d}: an invoice of the tenant, due before {@code :dueBefore},
     * not pending deletion, with more due than allocated.
     */
    /** Documents that may have an open amount: credit notes, and invoices whose allocations differ from the amount due. */
    private static final String MAYBE_OPEN = "d.tenantId = :tenant and d.blockedUntil is null"
            + " and (d.kind = :creditNote or d.amountDue <> d.allocated)";
    private static final String OVERDUE_OPEN_INVOICE = "d.tenantId = :tenant and d.kind <> :creditNote"
            + " and d.dueDate < :dueBefore and d.blockedUntil is null"
            + " and d.amountDue > coalesce((select sum(a.amount) from AllocationEntity a"
            + " where a.tenantId = d.tenantId and a.documentId = d.id), 0)";

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultAllocationStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Allocation allocate(TenantId tenant, Allocation allocation) {
        if (!allocation.tenant().equals(tenant)) {
            throw new IllegalArgumentException("Allocation of tenant " + allocation.tenant()
                    + " cannot be stored for tenant " + tenant);
        }
        return persistence.database().inTransaction(session -> RecordMapping.allocation(
                store(session, persistence.database().clock().instant(), tenant, allocation, null, null)));
    }

    /**
     * Checks and stores an allocation inside the caller's transaction, keeps the document sums,
     * remembers the payer's IBAN for the debtor and appends the audit event.
     *
     * @param explanation the engine's explanation as JSON, or null
     * @param reversesId  the allocation this one undoes, or null
     */
    static AllocationEntity store(Session session, Instant now, TenantId tenant, Allocation allocation,
                                  String explanation, Long reversesId) {
        DocumentEntity document = Rows.requireDocument(session, tenant, allocation.documentId());
        checkCurrency(document, allocation);
        PaymentEntity payment = null;
        if (allocation.paymentId() != null) {
            payment = Rows.requirePayment(session, tenant, allocation.paymentId());
            BigDecimal used = allocation.kind() == AllocationKind.PAYMENT ? session.createSelectionQuery(
                            "select coalesce(sum(amount), 0) from AllocationEntity where tenantId = :tenant and paymentId = :payment",
                            BigDecimal.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("payment", payment.id)
                    .getSingleResult() : BigDecimal.ZERO;
            checkPayment(payment, used, allocation);
        }
        if (allocation.creditNoteId() != null) {
            checkCreditNote(Rows.requireDocument(session, tenant, allocation.creditNoteId()), allocation);
        }

        AllocationEntity row = persist(session, now, tenant, allocation, explanation, reversesId);
        AllocatedSums.add(session, tenant, allocation.documentId(), row.amount);
        if (allocation.creditNoteId() != null) {
            AllocatedSums.add(session, tenant, allocation.creditNoteId(), row.amount);
        }
        if (payment != null && payment.counterpartyIban != null && reversesId == null) {
            rememberIban(session, tenant, document.debtorId, payment.counterpartyIban);
        }
        audit(session, now, tenant, allocation, row, document, payment, reversesId);
        return row;
    }

    static void checkCurrency(DocumentEntity document, Allocation allocation) {
        if (!allocation.amount().currency().getCurrencyCode().equals(document.currency)) {
            throw new IllegalArgumentException("Allocation amount " + allocation.amount()
                    + " is not in the currency of document " + document.number + " (" + document.currency + ")");
        }
    }

    /**
     * Checks that the payment is no duplicate and, for a payment allocation, that it does not use
     * more than the payment's amount.
     *
     * @param used the sum of the amounts of all allocations that name the payment so far
     */
    static void checkPayment(PaymentEntity payment, BigDecimal used, Allocation allocation) {
        if (payment.duplicateOf != null) {
            throw new IllegalArgumentException("Payment " + payment.id + " is a duplicate of payment " + payment.duplicateOf
                    + "; allocate that payment instead.");
        }
        if (allocation.kind() == AllocationKind.PAYMENT
                && used.add(allocation.amount().amount()).compareTo(payment.amount.abs()) > 0) {
            throw new IllegalArgumentException("Payment " + payment.id + " of " + payment.amount + " " + payment.currency
                    + " has " + used + " allocated already; " + allocation.amount() + " more would exceed it.");
        }
    }

    static void checkCreditNote(DocumentEntity creditNote, Allocation allocation) {
        if (!DocumentKind.CREDIT_NOTE.name().equals(creditNote.kind)) {
            throw new IllegalArgumentException("Document " + allocation.creditNoteId() + " is a " + creditNote.kind
                    + ", not a credit note");
        }
    }

    /** Persists the allocation row, after the checks. */
    static AllocationEntity persist(Session session, Instant now, TenantId tenant, Allocation allocation,
                                    String explanation, Long reversesId) {
        AllocationEntity row = new AllocationEntity();
        row.tenantId = tenant.value();
        row.documentId = allocation.documentId();
        row.paymentId = allocation.paymentId();
        row.creditNoteId = allocation.creditNoteId();
        row.kind = allocation.kind().name();
        row.amount = allocation.amount().amount();
        row.currency = allocation.amount().currency().getCurrencyCode();
        row.ruleName = allocation.origin().rule();
        row.confidence = allocation.origin().confidence();
        row.userName = allocation.origin().user();
        row.createdAt = now;
        row.explanation = explanation;
        row.reversesId = reversesId;
        session.persist(row);
        return row;
    }

    static void audit(Session session, Instant now, TenantId tenant, Allocation allocation, AllocationEntity row,
                      DocumentEntity document, PaymentEntity payment, Long reversesId) {
        String actor = allocation.origin().user() != null ? allocation.origin().user()
                : "rule:" + allocation.origin().rule();
        AuditLog.append(session, tenant.value(), now, AuditEventType.ALLOCATED, "allocation", String.valueOf(row.id),
                document.debtorId, document.id, actor, allocation.kind() + " " + allocation.amount()
                        + (payment == null ? "" : " from payment " + payment.id)
                        + (allocation.creditNoteId() == null ? "" : " from credit note " + allocation.creditNoteId())
                        + (reversesId == null ? "" : " reversing allocation " + reversesId));
    }

    private static void rememberIban(Session session, TenantId tenant, long debtorId, String iban) {
        boolean known = !session.createSelectionQuery(
                        "from DebtorIbanEntity where debtorId = :debtor and iban = :iban", DebtorIbanEntity.class)
                .setParameter("debtor", debtorId)
                .setParameter("iban", iban)
                .getResultList().isEmpty();
        if (!known) {
            DebtorIbanEntity row = new DebtorIbanEntity();
            row.tenantId = tenant.value();
            row.debtorId = debtorId;
            row.iban = iban;
            session.persist(row);
        }
    }

    @Override
    public List<Allocation> listForDocument(TenantId tenant, long documentId) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from AllocationEntity where tenantId = :tenant and (documentId = :document or creditNoteId = :document)"
                                + " order by id", AllocationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("document", documentId)
                .getResultList().stream().map(RecordMapping::allocation).toList());
    }

    @Override
    public Optional<OpenItem> openItem(TenantId tenant, long documentId) {
        return persistence.database().read(session -> Rows.document(session, tenant, documentId)
                .map(document -> toOpenItem(document, sums(session, tenant, "documentId", documentId),
                        sums(session, tenant, "creditNoteId", documentId))));
    }

    @Override
    public List<OpenItem> openItems(TenantId tenant) {
        // document.allocated preselects the documents that can be open, so the tenant's settled
        // history is not read. Their open amounts still come from the allocation rows.
        return persistence.database().read(session -> {
            Map<Long, BigDecimal> allocated = toSums(session.createSelectionQuery(
                            "select a.documentId, sum(a.amount) from AllocationEntity a where a.tenantId = :tenant"
                                    + " and a.documentId in (select d.id from DocumentEntity d where " + MAYBE_OPEN
                                    + ") group by a.documentId", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("creditNote", DocumentKind.CREDIT_NOTE.name())
                    .getResultList());
            Map<Long, BigDecimal> used = sums(session, tenant, "creditNoteId", null);
            return session.createSelectionQuery("from DocumentEntity d where " + MAYBE_OPEN, DocumentEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("creditNote", DocumentKind.CREDIT_NOTE.name())
                    .getResultList().stream()
                    .map(document -> toOpenItem(document, allocated, used))
                    .filter(item -> !item.open().isZero())
                    .sorted(Comparator.comparing((OpenItem item) -> item.dueDate() == null ? item.issueDate() : item.dueDate())
                            .thenComparing(OpenItem::documentId))
                    .toList();
        });
    }

    @Override
    public List<OpenItem> overdueOpenItems(TenantId tenant, LocalDate dueBefore, long afterDebtorId, int debtorLimit) {
        if (debtorLimit < 1 || debtorLimit > MAX_DEBTORS_PER_PAGE) {
            throw new IllegalArgumentException("Invalid debtor limit " + debtorLimit + ": use 1 to " + MAX_DEBTORS_PER_PAGE);
        }
        return persistence.database().read(session -> {
            List<Long> debtorIds = session.createSelectionQuery(
                            "select distinct d.debtorId from DocumentEntity d where " + OVERDUE_OPEN_INVOICE
                                    + " and d.debtorId > :after order by d.debtorId", Long.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("dueBefore", dueBefore)
                    .setParameter("creditNote", DocumentKind.CREDIT_NOTE.name())
                    .setParameter("after", afterDebtorId)
                    .setMaxResults(debtorLimit)
                    .getResultList();
            if (debtorIds.isEmpty()) {
                return List.of();
            }
            List<DocumentEntity> documents = session.createSelectionQuery(
                            "from DocumentEntity d where " + OVERDUE_OPEN_INVOICE
                                    + " and d.debtorId in (:debtors) order by d.debtorId, d.id", DocumentEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("dueBefore", dueBefore)
                    .setParameter("creditNote", DocumentKind.CREDIT_NOTE.name())
                    .setParameter("debtors", debtorIds)
                    .getResultList();
            Map<Long, BigDecimal> allocated = sumsForDocuments(session, tenant,
                    documents.stream().map(document -> document.id).toList());
            List<OpenItem> items = new ArrayList<>(documents.size());
            for (DocumentEntity document : documents) {
                items.add(toOpenItem(document, allocated, Map.of()));
            }
            return items;
        });
    }

    /** Sums the allocations to each of the documents, in one query. */
    private static Map<Long, BigDecimal> sumsForDocuments(Session session, TenantId tenant, List<Long> documentIds) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (documentIds.isEmpty()) {
            return sums;
        }
        List<Object[]> rows = session.createSelectionQuery(
                        "select documentId, sum(amount) from AllocationEntity where tenantId = :tenant"
                                + " and documentId in (:documents) group by documentId", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("documents", documentIds)
                .getResultList();
        for (Object[] row : rows) {
            sums.put((Long) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    private static OpenItem toOpenItem(DocumentEntity document, Map<Long, BigDecimal> allocated, Map<Long, BigDecimal> used) {
        Currency currency = Currency.getInstance(document.currency);
        Money due = Money.of(document.amountDue, currency);
        Money open;
        Money settled;
        if (DocumentKind.CREDIT_NOTE.name().equals(document.kind)) {
            settled = Money.of(used.getOrDefault(document.id, BigDecimal.ZERO), currency);
            open = due.negate().plus(settled);
        } else {
            settled = Money.of(allocated.getOrDefault(document.id, BigDecimal.ZERO), currency);
            open = due.minus(settled);
        }
        return new OpenItem(TenantId.of(document.tenantId), document.id, document.debtorId, document.number,
                DocumentKind.valueOf(document.kind), document.issueDate, document.dueDate, due, settled, open);
    }

    /** Sums allocation amounts per document id in column {@code column}, for one document or all. */
    private static Map<Long, BigDecimal> sums(Session session, TenantId tenant, String column, Long documentId) {
        String hql = "select " + column + ", sum(amount) from AllocationEntity where tenantId = :tenant and "
                + column + (documentId == null ? " is not null" : " = :document") + " group by " + column;
        var query = session.createSelectionQuery(hql, Object[].class).setParameter("tenant", tenant.value());
        if (documentId != null) {
            query.setParameter("document", documentId);
        }
        return toSums(query.getResultList());
    }

    /** Maps rows of (document id, sum) to a map by document id. */
    private static Map<Long, BigDecimal> toSums(List<Object[]> rows) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (Object[] row : rows) {
            sums.put((Long) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }
}
