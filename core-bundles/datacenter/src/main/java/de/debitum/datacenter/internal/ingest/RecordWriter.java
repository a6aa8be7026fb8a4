package de.debitum.datacenter.internal.ingest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;

import de.debitum.api.ingest.DuplicateNotice;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.VatLine;
import de.debitum.datacenter.internal.persistence.CashDiscountEntity;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.DebtorIbanEntity;
import de.debitum.datacenter.internal.persistence.DebtorSourceKeyEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.DocumentOriginalEntity;
import de.debitum.datacenter.internal.persistence.DocumentVatEntity;
import de.debitum.datacenter.internal.persistence.DocumentWarningEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/**
 * Creates, updates or leaves alone the row of one valid record, comparing content hashes, and
 * writes the audit event of each change.
 */
final class RecordWriter {

    /** Result of writing one record. */
    sealed interface Outcome {
        /** Stored for the first time; {@code duplicate} is set for a payment another source already delivered. */
        record Created(long id, DuplicateNotice duplicate) implements Outcome {
        }

        record Updated(long id) implements Outcome {
        }

        record Unchanged(long id) implements Outcome {
        }

        /** Valid in itself but not storable, such as a document whose debtor is unknown. */
        record Rejected(Rejection rejection) implements Outcome {
        }
    }

    private final Session session;
    private final String tenantId;
    private final String source;
    private final Instant now;
    private final String actor;
    private final Map<String, Long> debtorIds;

    RecordWriter(Session session, String tenantId, String source, Instant now, String actor, Map<String, Long> debtorIds) {
        this.session = session;
        this.tenantId = tenantId;
        this.source = source;
        this.now = now;
        this.actor = actor;
        this.debtorIds = debtorIds;
    }

    Outcome write(DebtorData data, Prefetch prefetch) {
        Map<String, String> fields = RecordFields.of(data);
        String hash = RecordFields.hash(fields);
        DebtorEntity existing = prefetch.debtors.get(data.externalId());
        String customerNumber = Prefetch.customerNumber(data);

        if (existing == null && prefetch.linkedDebtors.containsKey(data.externalId())) {
            return DebtorLink.link(data, prefetch.linkedDebtors.get(data.externalId()), this, prefetch);
        }
        if (existing == null && customerNumber != null && prefetch.debtorsByCustomerNumber.containsKey(customerNumber)) {
            return DebtorLink.link(data, prefetch.debtorsByCustomerNumber.get(customerNumber), this, prefetch);
        }
        if (existing == null) {
            DebtorEntity debtor = new DebtorEntity();
            debtor.tenantId = tenantId;
            debtor.source = source;
            RecordMapping.apply(debtor, data);
            debtor.contentHash = hash;
            debtor.createdAt = now;
            debtor.updatedAt = now;
            session.persist(debtor);
            prefetch.debtors.put(data.externalId(), debtor);
            if (customerNumber != null) {
                prefetch.debtorsByCustomerNumber.put(customerNumber, debtor);
            }
            debtorIds.put(data.externalId(), debtor.id);
            addIbans(debtor.id, data.ibans(), Set.of());
            audit(AuditEventType.CREATED, "debtor", debtor.id, debtor.id, null, "Debtor created from source " + source);
            return new Outcome.Created(debtor.id, null);
        }

        debtorIds.put(data.externalId(), existing.id);
        if (hash.equals(existing.contentHash)) {
            return new Outcome.Unchanged(existing.id);
        }
        List<String> changed = RecordFields.changed(RecordFields.of(RecordMapping.debtorData(existing)), fields);
        RecordMapping.apply(existing, data);
        existing.contentHash = hash;
        existing.updatedAt = now;
        Set<String> known = new HashSet<>(session.createSelectionQuery(
                        "select iban from DebtorIbanEntity where debtorId = :debtor", String.class)
                .setParameter("debtor", existing.id)
                .getResultList());
        addIbans(existing.id, data.ibans(), known);
        audit(AuditEventType.UPDATED, "debtor", existing.id, existing.id, null, "Changed fields: " + String.join(", ", changed));
        return new Outcome.Updated(existing.id);
    }

    Outcome write(DocumentData data, Prefetch prefetch) {
        Long debtorId = debtorIds.get(data.debtorExternalId());
        if (debtorId == null) {
            DebtorEntity debtor = prefetch.debtors.get(data.debtorExternalId());
            if (debtor == null) {
                debtor = prefetch.linkedDebtors.get(data.debtorExternalId());
            }
            debtorId = debtor == null ? null : debtor.id;
        }
        if (debtorId == null) {
            return new Outcome.Rejected(new Rejection("document", data.externalId(), "debtorExternalId",
                    data.debtorExternalId(), "names a debtor delivered by source " + source + " before or in this batch"));
        }
        String originalSha = data.original() == null ? null : data.original().sha256();
        Map<String, String> fields = RecordFields.of(data, originalSha);
        String hash = RecordFields.hash(fields);
        DocumentEntity existing = prefetch.documents.get(data.externalId());

        if (existing == null) {
            DocumentEntity document = new DocumentEntity();
            document.tenantId = tenantId;
            document.source = source;
            document.debtorId = debtorId;
            RecordMapping.apply(document, data);
            document.contentHash = hash;
            document.createdAt = now;
            document.updatedAt = now;
            session.persist(document);
            prefetch.documents.put(data.externalId(), document);
            writeParts(document.id, data);
            writeOriginal(document.id, data);
            audit(AuditEventType.CREATED, "document", document.id, debtorId, document.id,
                    data.kind() + " " + data.number() + " created from source " + source);
            return new Outcome.Created(document.id, null);
        }

        if (hash.equals(existing.contentHash)) {
            return new Outcome.Unchanged(existing.id);
        }
        if (existing.bookedOn != null) {
            return new Outcome.Rejected(new Rejection("document", data.externalId(), "externalId", data.externalId(),
                    "a document booked on " + existing.bookedOn + " cannot change; deliver a corrected invoice or a cancellation"));
        }
        List<String> changed = RecordFields.changed(storedFields(existing), fields);
        existing.debtorId = debtorId;
        RecordMapping.apply(existing, data);
        existing.contentHash = hash;
        existing.updatedAt = now;
        deleteParts(existing.id);
        writeParts(existing.id, data);
        if (changed.contains("original.sha256")) {
            session.createMutationQuery("delete from DocumentOriginalEntity where documentId = :document")
                    .setParameter("document", existing.id)
                    .executeUpdate();
            writeOriginal(existing.id, data);
        }
        audit(AuditEventType.UPDATED, "document", existing.id, debtorId, existing.id,
                "Changed fields: " + String.join(", ", changed));
        return new Outcome.Updated(existing.id);
    }

    Outcome write(PaymentData data, Prefetch prefetch) {
        Map<String, String> fields = RecordFields.of(data);
        String hash = RecordFields.hash(fields);
        String fingerprint = PaymentFingerprint.of(data);
        PaymentEntity existing = prefetch.payments.get(data.externalId());

        if (existing == null) {
            PaymentEntity payment = new PaymentEntity();
            payment.tenantId = tenantId;
            payment.source = source;
            RecordMapping.apply(payment, data);
            payment.fingerprint = fingerprint;
            payment.contentHash = hash;
            payment.createdAt = now;
            payment.updatedAt = now;
            PaymentEntity original = prefetch.otherSourceByFingerprint.get(fingerprint);
            payment.duplicateOf = original == null ? null : original.id;
            session.persist(payment);
            prefetch.payments.put(data.externalId(), payment);
            audit(AuditEventType.CREATED, "payment", payment.id, null, null, "Payment created from source " + source);
            if (original == null) {
                return new Outcome.Created(payment.id, null);
            }
            audit(AuditEventType.DUPLICATE, "payment", payment.id, null, null,
                    "Same transaction as payment " + original.id + " from source " + original.source + "; counted once");
            return new Outcome.Created(payment.id,
                    new DuplicateNotice(payment.id, data.externalId(), original.id, original.source));
        }

        if (hash.equals(existing.contentHash)) {
            return new Outcome.Unchanged(existing.id);
        }
        List<String> changed = RecordFields.changed(RecordFields.of(RecordMapping.paymentData(existing)), fields);
        RecordMapping.apply(existing, data);
        existing.fingerprint = fingerprint;
        existing.contentHash = hash;
        existing.updatedAt = now;
        audit(AuditEventType.UPDATED, "payment", existing.id, null, null, "Changed fields: " + String.join(", ", changed));
        return new Outcome.Updated(existing.id);
    }

    private Map<String, String> storedFields(DocumentEntity existing) {
        List<DocumentVatEntity> vat = session.createSelectionQuery(
                        "from DocumentVatEntity where documentId = :document order by id", DocumentVatEntity.class)
                .setParameter("document", existing.id)
                .getResultList();
        List<CashDiscountEntity> tiers = session.createSelectionQuery(
                        "from CashDiscountEntity where documentId = :document order by days", CashDiscountEntity.class)
                .setParameter("document", existing.id)
                .getResultList();
        List<DocumentWarningEntity> warnings = session.createSelectionQuery(
                        "from DocumentWarningEntity where documentId = :document order by id", DocumentWarningEntity.class)
                .setParameter("document", existing.id)
                .getResultList();
        DebtorEntity debtor = session.find(DebtorEntity.class, existing.debtorId);
        DocumentData stored = RecordMapping.documentData(existing, debtor.externalId, vat, tiers, warnings);
        return RecordFields.of(stored, existing.originalSha256);
    }

    private void writeParts(long documentId, DocumentData data) {
        for (VatLine line : data.vatLines()) {
            DocumentVatEntity row = new DocumentVatEntity();
            row.tenantId = tenantId;
            row.documentId = documentId;
            row.category = line.category();
            row.rate = line.rate();
            row.net = line.net().amount();
            row.tax = line.tax().amount();
            session.persist(row);
        }
        for (CashDiscountTier tier : data.terms().cashDiscounts()) {
            CashDiscountEntity row = new CashDiscountEntity();
            row.tenantId = tenantId;
            row.documentId = documentId;
            row.days = tier.days();
            row.percent = tier.percent();
            session.persist(row);
        }
        for (DocumentWarning warning : data.warnings()) {
            DocumentWarningEntity row = new DocumentWarningEntity();
            row.tenantId = tenantId;
            row.documentId = documentId;
            row.code = warning.code();
            row.messageDe = warning.messageDe();
            row.messageEn = warning.messageEn();
            session.persist(row);
        }
    }

    private void deleteParts(long documentId) {
        session.createMutationQuery("delete from DocumentVatEntity where documentId = :document")
                .setParameter("document", documentId)
                .executeUpdate();
        session.createMutationQuery("delete from CashDiscountEntity where documentId = :document")
                .setParameter("document", documentId)
                .executeUpdate();
        session.createMutationQuery("delete from DocumentWarningEntity where documentId = :document")
                .setParameter("document", documentId)
                .executeUpdate();
    }

    private void writeOriginal(long documentId, DocumentData data) {
        if (data.original() == null) {
            return;
        }
        DocumentOriginalEntity original = new DocumentOriginalEntity();
        original.documentId = documentId;
        original.tenantId = tenantId;
        original.content = data.original().content();
        session.persist(original);
    }

    String source() {
        return source;
    }

    Instant now() {
        return now;
    }

    /**
     * Records which stored debtor the source's external id stands for, in this batch and, through
     * a {@code debtor_source_key} row, in the source's later batches.
     */
    void rememberDebtor(String externalId, DebtorEntity debtor, Prefetch prefetch) {
        debtorIds.put(externalId, debtor.id);
        if (prefetch.linkedDebtors.putIfAbsent(externalId, debtor) == null) {
            DebtorSourceKeyEntity key = new DebtorSourceKeyEntity();
            key.tenantId = tenantId;
            key.source = source;
            key.externalId = externalId;
            key.debtorId = debtor.id;
            key.createdAt = now;
            session.persist(key);
        }
    }

    /** Returns the IBANs stored for a debtor. */
    Set<String> storedIbans(long debtorId) {
        return new HashSet<>(session.createSelectionQuery(
                        "select iban from DebtorIbanEntity where debtorId = :debtor", String.class)
                .setParameter("debtor", debtorId)
                .getResultList());
    }

    void addIbans(long debtorId, List<String> ibans, Set<String> known) {
        Set<String> added = new HashSet<>(known);
        for (String iban : ibans) {
            if (added.add(iban)) {
                DebtorIbanEntity row = new DebtorIbanEntity();
                row.tenantId = tenantId;
                row.debtorId = debtorId;
                row.iban = iban;
                session.persist(row);
            }
        }
    }

    void audit(AuditEventType type, String subjectType, long subjectId, Long debtorId, Long documentId, String details) {
        AuditLog.append(session, tenantId, now, type, subjectType, String.valueOf(subjectId), debtorId, documentId, actor, details);
    }
}
