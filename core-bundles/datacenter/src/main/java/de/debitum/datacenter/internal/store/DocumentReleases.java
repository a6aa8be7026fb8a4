package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.util.Optional;

import org.hibernate.Session;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.DunningDocumentReleaseEntity;

/**
 * A person's confirmation of a document's data in {@code dunning_document_release}. Dunning skips
 * a document from an unsafe source or with a flag until it has one.
 */
final class DocumentReleases {

    private DocumentReleases() {
    }

    /** Stores the confirmation with an audit event, or returns the one already stored. */
    static DocumentConfirmation confirm(Session session, TenantId tenant, long documentId, String actor, Instant now) {
        DocumentEntity document = Rows.requireDocument(session, tenant, documentId);
        Optional<DocumentConfirmation> existing = find(session, tenant, documentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        DunningDocumentReleaseEntity row = new DunningDocumentReleaseEntity();
        row.documentId = documentId;
        row.tenantId = tenant.value();
        row.confirmedBy = actor;
        row.confirmedAt = now;
        session.persist(row);
        String flags = document.flags == null ? "" : " (flags " + document.flags + ")";
        AuditLog.append(session, tenant.value(), now, AuditEventType.UPDATED, "document", String.valueOf(documentId),
                document.debtorId, documentId, actor, "Document data confirmed for dunning" + flags);
        return new DocumentConfirmation(documentId, actor, now);
    }

    static Optional<DocumentConfirmation> find(Session session, TenantId tenant, long documentId) {
        return session.createSelectionQuery(
                        "from DunningDocumentReleaseEntity where tenantId = :tenant and documentId = :document",
                        DunningDocumentReleaseEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("document", documentId)
                .uniqueResultOptional()
                .map(row -> new DocumentConfirmation(row.documentId, row.confirmedBy, row.confirmedAt));
    }
}
