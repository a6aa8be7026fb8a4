package de.debitum.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One append-only entry of the audit trail.
 *
 * @param subjectType what the event is about: {@code debtor}, {@code document},
 *                    {@code payment}, {@code allocation}, {@code batch}, {@code checkpoint},
 *                    {@code notice} (a dunning notice), {@code dunning-block},
 *                    {@code ledger-settings} or {@code ledger-period}
 * @param subjectId   the hub's id of the subject, or its external id where nothing was stored
 * @param debtorId    the debtor concerned, or null
 * @param documentId  the document concerned, or null
 * @param actor       who acted: a user name or {@code connector:<instance id>}
 * @param details     one sentence, with ids but no personal data
 */
public record AuditEvent(long id, TenantId tenant, Instant occurredAt, AuditEventType type, String subjectType,
                         String subjectId, Long debtorId, Long documentId, String actor, String details) {

    public AuditEvent {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
    }
}
