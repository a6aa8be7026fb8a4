package de.debitum.datacenter.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.DocumentStore;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.CashDiscountEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.DocumentOriginalEntity;

/** Receivable documents in the {@code document} table and its child tables. */
@Component(service = DocumentStore.class)
public class DefaultDocumentStore implements DocumentStore {

    /** Maximum length of the actor's name, the size of {@code dunning_document_release.confirmed_by}. */
    static final int MAX_ACTOR_LENGTH = 200;

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultDocumentStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<ReceivableDocument> find(TenantId tenant, long documentId) {
        return persistence.database().read(session -> Rows.document(session, tenant, documentId)
                .map(row -> DocumentLoader.load(session, List.of(row)).get(0)));
    }

    @Override
    public Optional<ReceivableDocument> findByExternalId(TenantId tenant, String source, String externalId) {
        return persistence.database().read(session ->
                Rows.bySourceAndExternalId(session, DocumentEntity.class, tenant, source, externalId)
                        .map(row -> DocumentLoader.load(session, List.of(row)).get(0)));
    }

    @Override
    public List<ReceivableDocument> listByDebtor(TenantId tenant, long debtorId) {
        return persistence.database().read(session -> DocumentLoader.load(session, session.createSelectionQuery(
                        "from DocumentEntity where tenantId = :tenant and debtorId = :debtor order by issueDate, id",
                        DocumentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("debtor", debtorId)
                .getResultList()));
    }

    @Override
    public Map<Long, PaymentTerms> paymentTerms(TenantId tenant, Collection<Long> documentIds) {
        Map<Long, PaymentTerms> result = new HashMap<>();
        for (List<Long> chunk : Rows.chunks(documentIds)) {
            persistence.database().read(session -> {
                Map<Long, String> texts = new HashMap<>();
                session.createSelectionQuery("select id, termsText from DocumentEntity where tenantId = :tenant"
                                + " and id in (:ids)", Object[].class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(row -> texts.put((Long) row[0], (String) row[1]));
                Map<Long, List<CashDiscountTier>> tiers = new HashMap<>();
                session.createSelectionQuery("from CashDiscountEntity where tenantId = :tenant and documentId in (:ids)"
                                + " order by documentId, days", CashDiscountEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(tier -> tiers.computeIfAbsent(tier.documentId, unused -> new ArrayList<>())
                                .add(new CashDiscountTier(tier.days, tier.percent)));
                texts.forEach((id, text) -> result.put(id, new PaymentTerms(text, tiers.getOrDefault(id, List.of()))));
                return null;
            });
        }
        return result;
    }

    @Override
    public Optional<OriginalDocument> original(TenantId tenant, long documentId) {
        return persistence.database().read(session -> {
            Optional<DocumentEntity> document = Rows.document(session, tenant, documentId);
            if (document.isEmpty() || document.get().originalSha256 == null) {
                return Optional.empty();
            }
            DocumentOriginalEntity original = session.find(DocumentOriginalEntity.class, documentId);
            DocumentEntity row = document.get();
            return Optional.ofNullable(original).map(found ->
                    new OriginalDocument(row.originalFileName, row.originalMediaType, found.content, row.originalSha256));
        });
    }

    @Override
    public ReceivableDocument markBooked(TenantId tenant, long documentId, LocalDate bookedOn, String actor) {
        return persistence.database().inTransaction(session -> {
            DocumentEntity row = Rows.requireDocument(session, tenant, documentId);
            if (row.bookedOn != null) {
                throw new IllegalStateException("Document " + documentId + " was already booked on " + row.bookedOn);
            }
            row.bookedOn = bookedOn;
            row.updatedAt = persistence.database().clock().instant();
            AuditLog.append(session, tenant.value(), row.updatedAt, AuditEventType.BOOKED, "document",
                    String.valueOf(documentId), row.debtorId, documentId, actor, "Booked on " + bookedOn);
            return DocumentLoader.load(session, List.of(row)).get(0);
        });
    }

    @Override
    public DocumentConfirmation confirm(TenantId tenant, long documentId, String actor) {
        if (actor == null || actor.isBlank() || actor.length() > MAX_ACTOR_LENGTH) {
            throw new IllegalArgumentException("Invalid actor '" + actor + "': name the person who confirms the document"
                    + " in 1 to " + MAX_ACTOR_LENGTH + " characters.");
        }
        return persistence.database().inTransaction(session -> DocumentReleases.confirm(session, tenant, documentId,
                actor, persistence.database().clock().instant()));
    }

    @Override
    public Optional<DocumentConfirmation> confirmation(TenantId tenant, long documentId) {
        return persistence.database().read(session -> DocumentReleases.find(session, tenant, documentId));
    }
}
