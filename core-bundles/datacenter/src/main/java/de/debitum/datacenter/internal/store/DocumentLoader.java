package de.debitum.datacenter.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.Session;

import de.debitum.api.model.ReceivableDocument;
import de.debitum.datacenter.internal.persistence.CashDiscountEntity;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.DocumentVatEntity;
import de.debitum.datacenter.internal.persistence.DocumentWarningEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/** Builds document records with their VAT lines, Skonto tiers, warnings and debtor ids in four queries. */
final class DocumentLoader {

    private DocumentLoader() {
    }

    static List<ReceivableDocument> load(Session session, List<DocumentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> documentIds = rows.stream().map(row -> row.id).collect(Collectors.toSet());
        Set<Long> debtorIds = rows.stream().map(row -> row.debtorId).collect(Collectors.toSet());
        Map<Long, List<DocumentVatEntity>> vat = new HashMap<>();
        session.createSelectionQuery("from DocumentVatEntity where documentId in :ids order by id", DocumentVatEntity.class)
                .setParameter("ids", documentIds)
                .getResultList()
                .forEach(line -> vat.computeIfAbsent(line.documentId, key -> new ArrayList<>()).add(line));
        Map<Long, List<CashDiscountEntity>> tiers = new HashMap<>();
        session.createSelectionQuery("from CashDiscountEntity where documentId in :ids order by days", CashDiscountEntity.class)
                .setParameter("ids", documentIds)
                .getResultList()
                .forEach(tier -> tiers.computeIfAbsent(tier.documentId, key -> new ArrayList<>()).add(tier));
        Map<Long, List<DocumentWarningEntity>> warnings = new HashMap<>();
        session.createSelectionQuery("from DocumentWarningEntity where documentId in :ids order by id",
                        DocumentWarningEntity.class)
                .setParameter("ids", documentIds)
                .getResultList()
                .forEach(warning -> warnings.computeIfAbsent(warning.documentId, key -> new ArrayList<>()).add(warning));
        Map<Long, String> debtorExternalIds = new HashMap<>();
        session.createSelectionQuery("from DebtorEntity where id in :ids", DebtorEntity.class)
                .setParameter("ids", debtorIds)
                .getResultList()
                .forEach(debtor -> debtorExternalIds.put(debtor.id, debtor.externalId));

        List<ReceivableDocument> documents = new ArrayList<>();
        for (DocumentEntity row : rows) {
            documents.add(RecordMapping.document(row, RecordMapping.documentData(row, debtorExternalIds.get(row.debtorId),
                    vat.getOrDefault(row.id, List.of()), tiers.getOrDefault(row.id, List.of()),
                    warnings.getOrDefault(row.id, List.of()))));
        }
        return documents;
    }
}
