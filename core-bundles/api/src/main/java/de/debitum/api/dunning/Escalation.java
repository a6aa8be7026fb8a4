package de.debitum.api.dunning;

import java.time.Instant;
import java.time.LocalDate;

import de.debitum.api.model.TenantId;

/**
 * A claim in collections. Its history is the document's notice items and audit events.
 *
 * @param state {@code COLLECTIONS} until a later step hands it to an agency
 */
public record Escalation(long id, TenantId tenant, long documentId, long debtorId, long runId, long finalNoticeId,
                         LocalDate escalatedOn, String state, Instant createdAt) {
}
