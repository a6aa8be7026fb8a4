package de.debitum.datacenter.internal.ingest;

import java.time.Instant;

import org.hibernate.Session;

import de.debitum.api.model.AuditEventType;
import de.debitum.datacenter.internal.persistence.AuditEventEntity;

/** Appends audit events inside the caller's transaction. */
public final class AuditLog {

    private static final int MAX_DETAILS = 2000;

    private AuditLog() {
    }

    public static AuditEventEntity append(Session session, String tenantId, Instant at, AuditEventType type,
                                          String subjectType, String subjectId, Long debtorId, Long documentId,
                                          String actor, String details) {
        AuditEventEntity event = new AuditEventEntity();
        event.tenantId = tenantId;
        event.occurredAt = at;
        event.type = type.name();
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.debtorId = debtorId;
        event.documentId = documentId;
        event.actor = actor;
        event.details = details != null && details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
        session.persist(event);
        return event;
    }
}
