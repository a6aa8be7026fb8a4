package de.debitum.datacenter.internal.store;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.AuditTrail;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.AuditEventEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/** The audit trail in the {@code audit_event} table; it offers no way to change or delete events. */
@Component(service = AuditTrail.class)
public class DefaultAuditTrail implements AuditTrail {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultAuditTrail(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public AuditEvent append(TenantId tenant, AuditEventType type, String subjectType, String subjectId, Long debtorId,
                             Long documentId, String actor, String details) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("Invalid audit actor '" + actor + "': name the user or component, 1 to 200 characters.");
        }
        if (subjectType == null || subjectType.isBlank() || subjectType.length() > 20) {
            throw new IllegalArgumentException("Invalid audit subject type '" + subjectType + "': use 1 to 20 characters.");
        }
        return persistence.database().inTransaction(session -> {
            if (debtorId != null) {
                Rows.requireDebtor(session, tenant, debtorId);
            }
            if (documentId != null) {
                Rows.requireDocument(session, tenant, documentId);
            }
            AuditEventEntity event = AuditLog.append(session, tenant.value(), persistence.database().clock().instant(),
                    type, subjectType, subjectId, debtorId, documentId, actor, details);
            return RecordMapping.auditEvent(event);
        });
    }

    @Override
    public List<AuditEvent> forDocument(TenantId tenant, long documentId) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from AuditEventEntity where tenantId = :tenant and documentId = :document order by occurredAt, id",
                        AuditEventEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("document", documentId)
                .getResultList().stream().map(RecordMapping::auditEvent).toList());
    }

    @Override
    public List<AuditEvent> forDebtor(TenantId tenant, long debtorId) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from AuditEventEntity where tenantId = :tenant and debtorId = :debtor order by occurredAt, id",
                        AuditEventEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("debtor", debtorId)
                .getResultList().stream().map(RecordMapping::auditEvent).toList());
    }
}
