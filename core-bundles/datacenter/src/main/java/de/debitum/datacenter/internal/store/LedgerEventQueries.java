package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Session;

import de.debitum.api.ledger.AllocationEvent;
import de.debitum.api.ledger.DocumentEvent;
import de.debitum.api.ledger.PaymentEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.persistence.AllocationEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/**
 * Reads the business events the ledger has not booked, one page at a time. Each query excludes
 * what {@code ledger_event} records as booked, so a page holds only work left to do.
 */
final class LedgerEventQueries {

    /** Days of allocations without a payment are German calendar days. */
    static final ZoneId LEDGER_ZONE = ZoneId.of("Europe/Berlin");

    private LedgerEventQueries() {
    }

    static List<DocumentEvent> unbookedDocuments(Session session, TenantId tenant, LocalDate from, LocalDate to,
                                                 long afterId, int limit) {
        List<DocumentEntity> rows = session.createSelectionQuery(
                        "from DocumentEntity d where d.tenantId = :tenant and d.issueDate between :from and :to"
                                + " and d.id > :after and not exists (from LedgerEventEntity e where e.tenantId = :tenant"
                                + " and e.sourceType = 'DOCUMENT' and e.sourceId = cast(d.id as String)"
                                + " and e.version = d.contentHash) order by d.id", DocumentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> booked = bookedIds(session, tenant, EnumSet.of(SourceType.DOCUMENT),
                rows.stream().map(row -> String.valueOf(row.id)).toList()).keySet();
        Map<Long, String> versions = rows.stream().collect(Collectors.toMap(row -> row.id, row -> row.contentHash));
        List<DocumentEvent> events = new ArrayList<>();
        for (ReceivableDocument document : DocumentLoader.load(session, rows)) {
            events.add(new DocumentEvent(document, versions.get(document.id()), booked.contains(String.valueOf(document.id()))));
        }
        return events;
    }

    static List<AllocationEvent> unbookedAllocations(Session session, TenantId tenant, LocalDate from, LocalDate to,
                                                     long afterId, int limit) {
        Instant fromInstant = from.atStartOfDay(LEDGER_ZONE).toInstant();
        Instant toInstant = to.plusDays(1).atStartOfDay(LEDGER_ZONE).toInstant();
        List<Object[]> rows = session.createSelectionQuery(
                        "select a, p from AllocationEntity a left join PaymentEntity p on p.id = a.paymentId"
                                + " where a.tenantId = :tenant and a.id > :after"
                                + " and ((p.id is not null and p.bookingDate between :from and :to)"
                                + " or (p.id is null and a.createdAt >= :fromInstant and a.createdAt < :toInstant))"
                                + " and not exists (from LedgerEventEntity e where e.tenantId = :tenant"
                                + " and e.sourceType = 'ALLOCATION' and e.sourceId = cast(a.id as String))"
                                + " order by a.id", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("after", afterId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("fromInstant", fromInstant)
                .setParameter("toInstant", toInstant)
                .setMaxResults(limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> documentIds = rows.stream().map(row -> ((AllocationEntity) row[0]).documentId).collect(Collectors.toSet());
        List<DocumentEntity> documentRows = session.createSelectionQuery(
                        "from DocumentEntity where tenantId = :tenant and id in :ids", DocumentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", documentIds)
                .getResultList();
        Map<Long, ReceivableDocument> documents = DocumentLoader.load(session, documentRows).stream()
                .collect(Collectors.toMap(ReceivableDocument::id, Function.identity()));
        List<String> paymentIds = rows.stream().filter(row -> row[1] != null)
                .map(row -> String.valueOf(((PaymentEntity) row[1]).id)).distinct().toList();
        Map<String, Instant> overpaymentBookedAt = new HashMap<>();
        if (!paymentIds.isEmpty()) {
            session.createSelectionQuery("select sourceId, bookedAt from LedgerEventEntity where tenantId = :tenant"
                            + " and sourceType = 'OVERPAYMENT' and sourceId in :ids", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", paymentIds)
                    .getResultList()
                    .forEach(row -> overpaymentBookedAt.put((String) row[0], (Instant) row[1]));
        }

        List<AllocationEvent> events = new ArrayList<>();
        for (Object[] row : rows) {
            AllocationEntity allocation = (AllocationEntity) row[0];
            PaymentEntity payment = (PaymentEntity) row[1];
            // An allocation made before the overpayment was booked (one that waited) is new money
            // from the bank, because the overpayment left it out of the rest it booked.
            Instant overpaidAt = payment == null ? null : overpaymentBookedAt.get(String.valueOf(payment.id));
            events.add(new AllocationEvent(RecordMapping.allocation(allocation), documents.get(allocation.documentId),
                    payment == null ? null : RecordMapping.payment(payment),
                    overpaidAt != null && !allocation.createdAt.isBefore(overpaidAt)));
        }
        return events;
    }

    static List<PaymentEvent> paymentsWithAllocationsOrFees(Session session, TenantId tenant, LocalDate from,
                                                            LocalDate to, long afterId, int limit) {
        List<PaymentEntity> rows = session.createSelectionQuery(
                        "from PaymentEntity p where p.tenantId = :tenant and p.bookingDate between :from and :to"
                                + " and p.id > :after and p.duplicateOf is null and (p.feeAmount <> 0"
                                + " or exists (from AllocationEntity a where a.tenantId = :tenant and a.paymentId = p.id))"
                                + " order by p.id", PaymentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rows.stream().map(row -> row.id).collect(Collectors.toSet());
        Map<Long, BigDecimal> allocated = new HashMap<>();
        Map<Long, BigDecimal> feesAllocated = new HashMap<>();
        Map<Long, Long> latestDebtor = new HashMap<>();
        List<Object[]> allocations = session.createSelectionQuery(
                        "select a.paymentId, a.amount, d.debtorId, a.kind from AllocationEntity a join DocumentEntity d"
                                + " on d.id = a.documentId where a.tenantId = :tenant and a.paymentId in :ids order by a.id",
                        Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] allocation : allocations) {
            if (AllocationKind.PAYMENT.name().equals(allocation[3])) {
                allocated.merge((Long) allocation[0], (BigDecimal) allocation[1], BigDecimal::add);
            } else if (AllocationKind.FEE.name().equals(allocation[3])) {
                feesAllocated.merge((Long) allocation[0], (BigDecimal) allocation[1], BigDecimal::add);
            }
            latestDebtor.put((Long) allocation[0], (Long) allocation[2]);
        }
        Map<String, Set<SourceType>> booked = bookedIds(session, tenant,
                EnumSet.of(SourceType.BANK_FEE, SourceType.RETURN_FEE, SourceType.OVERPAYMENT),
                ids.stream().map(String::valueOf).toList());

        List<PaymentEvent> events = new ArrayList<>();
        for (PaymentEntity row : rows) {
            Currency currency = Currency.getInstance(row.currency);
            events.add(new PaymentEvent(RecordMapping.payment(row),
                    Money.of(allocated.getOrDefault(row.id, BigDecimal.ZERO), currency),
                    Money.of(feesAllocated.getOrDefault(row.id, BigDecimal.ZERO), currency), latestDebtor.get(row.id),
                    booked.getOrDefault(String.valueOf(row.id), Set.of())));
        }
        return events;
    }

    /** Returns, per source id, which of the event types are booked in some version. */
    private static Map<String, Set<SourceType>> bookedIds(Session session, TenantId tenant, Set<SourceType> types,
                                                          List<String> sourceIds) {
        Map<String, Set<SourceType>> booked = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return booked;
        }
        session.createSelectionQuery("select distinct sourceId, sourceType from LedgerEventEntity where tenantId = :tenant"
                        + " and sourceType in :types and sourceId in :ids", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("types", types.stream().map(Enum::name).toList())
                .setParameter("ids", new HashSet<>(sourceIds))
                .getResultList()
                .forEach(row -> booked.computeIfAbsent((String) row[0], key -> EnumSet.noneOf(SourceType.class))
                        .add(SourceType.valueOf((String) row[1])));
        return booked;
    }
}
