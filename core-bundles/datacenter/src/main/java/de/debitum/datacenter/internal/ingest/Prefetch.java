package de.debitum.datacenter.internal.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;

import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;

/**
 * The rows a chunk of records refers to, loaded with one query per table instead of one per
 * record: stored versions of the records, the debtors documents name, and payments of other
 * sources with the same fingerprint.
 *
 * <p>NOTE: on PostgreSQL the look-ups use the unique indexes only when the planner has statistics
 * for the tables. With autovacuum off, run ANALYZE after large imports or they slow down with the
 * table size.
 */
final class Prefetch {

    final Map<String, DebtorEntity> debtors = new HashMap<>();
    /** Debtors of other sources that this source's external ids were linked to by customer number before. */
    final Map<String, DebtorEntity> linkedDebtors = new HashMap<>();
    /** The oldest debtor of the tenant per customer number, from any source. */
    final Map<String, DebtorEntity> debtorsByCustomerNumber = new HashMap<>();
    final Map<String, DocumentEntity> documents = new HashMap<>();
    final Map<String, PaymentEntity> payments = new HashMap<>();
    final Map<String, PaymentEntity> otherSourceByFingerprint = new HashMap<>();

    static Prefetch load(Session session, String tenantId, String source, List<CanonicalRecord> chunk) {
        Set<String> debtorIds = new HashSet<>();
        Set<String> customerNumbers = new HashSet<>();
        Set<String> documentIds = new HashSet<>();
        Set<String> paymentIds = new HashSet<>();
        Set<String> fingerprints = new HashSet<>();
        for (CanonicalRecord record : chunk) {
            if (record.externalId() == null) {
                continue;
            }
            if (record instanceof DebtorData debtor) {
                debtorIds.add(record.externalId());
                String customerNumber = customerNumber(debtor);
                if (customerNumber != null) {
                    customerNumbers.add(customerNumber);
                }
            } else if (record instanceof DocumentData document) {
                documentIds.add(record.externalId());
                if (document.debtorExternalId() != null) {
                    debtorIds.add(document.debtorExternalId());
                }
            } else if (record instanceof PaymentData payment) {
                paymentIds.add(record.externalId());
                if (payment.amount() != null && payment.bookingDate() != null) {
                    fingerprints.add(PaymentFingerprint.of(payment));
                }
            }
        }

        Prefetch prefetch = new Prefetch();
        for (DebtorEntity debtor : bySourceAndExternalId(session, DebtorEntity.class, tenantId, source, debtorIds)) {
            prefetch.debtors.put(debtor.externalId, debtor);
        }
        Set<String> notFound = new HashSet<>(debtorIds);
        notFound.removeAll(prefetch.debtors.keySet());
        if (!notFound.isEmpty()) {
            List<Object[]> linked = session.createSelectionQuery(
                            "select k.externalId, d from DebtorSourceKeyEntity k, DebtorEntity d where d.id = k.debtorId"
                                    + " and k.tenantId = :tenant and k.source = :source and k.externalId in :ids",
                            Object[].class)
                    .setParameter("tenant", tenantId)
                    .setParameter("source", source)
                    .setParameter("ids", notFound)
                    .getResultList();
            for (Object[] row : linked) {
                prefetch.linkedDebtors.put((String) row[0], (DebtorEntity) row[1]);
            }
        }
        if (!customerNumbers.isEmpty()) {
            List<DebtorEntity> sameNumber = session.createSelectionQuery(
                            "from DebtorEntity where tenantId = :tenant and customerNumber in :numbers order by id",
                            DebtorEntity.class)
                    .setParameter("tenant", tenantId)
                    .setParameter("numbers", customerNumbers)
                    .getResultList();
            for (DebtorEntity debtor : sameNumber) {
                prefetch.debtorsByCustomerNumber.putIfAbsent(debtor.customerNumber, debtor);
            }
        }
        for (DocumentEntity document : bySourceAndExternalId(session, DocumentEntity.class, tenantId, source, documentIds)) {
            prefetch.documents.put(document.externalId, document);
        }
        for (PaymentEntity payment : bySourceAndExternalId(session, PaymentEntity.class, tenantId, source, paymentIds)) {
            prefetch.payments.put(payment.externalId, payment);
        }
        if (!fingerprints.isEmpty()) {
            List<PaymentEntity> matches = session.createSelectionQuery(
                            "from PaymentEntity where tenantId = :tenant and fingerprint in :fingerprints"
                                    + " and source <> :source and duplicateOf is null order by id", PaymentEntity.class)
                    .setParameter("tenant", tenantId)
                    .setParameter("fingerprints", fingerprints)
                    .setParameter("source", source)
                    .getResultList();
            for (PaymentEntity match : matches) {
                prefetch.otherSourceByFingerprint.putIfAbsent(match.fingerprint, match);
            }
        }
        return prefetch;
    }

    /** Returns the customer number that links a debtor across sources, or {@code null} when it has none. */
    static String customerNumber(DebtorData debtor) {
        String number = debtor.customerNumber();
        return number == null || number.isBlank() ? null : number;
    }

    private static <T> List<T> bySourceAndExternalId(Session session, Class<T> type, String tenantId, String source,
                                                     Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(session.createSelectionQuery("from " + type.getSimpleName()
                        + " where tenantId = :tenant and source = :source and externalId in :ids", type)
                .setParameter("tenant", tenantId)
                .setParameter("source", source)
                .setParameter("ids", externalIds)
                .getResultList());
    }
}
