package de.debitum.api.store;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;

/**
 * The append-only audit trail. Events are never changed or deleted through this service; the
 * history per document and per debtor is what a collection agency receives.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Appends an event for a step outside ingestion (reminded, sent, booked, handed over).
     *
     * @throws NotFoundException when the debtor or document named does not exist for the tenant
     */
    AuditEvent append(TenantId tenant, AuditEventType type, String subjectType, String subjectId,
                      Long debtorId, Long documentId, String actor, String details);

    /** Lists a document's events in the order they happened. */
    List<AuditEvent> forDocument(TenantId tenant, long documentId);

    /** Lists the events of a debtor and of its documents in the order they happened. */
    List<AuditEvent> forDebtor(TenantId tenant, long debtorId);
}
