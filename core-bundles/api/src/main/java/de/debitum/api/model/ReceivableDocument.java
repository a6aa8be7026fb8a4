package de.debitum.api.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored receivable document.
 *
 * @param bookedOn     the day the ledger booked it, which starts its retention duty; null if
 *                     not booked
 * @param blockedUntil set when its deletion was requested during the retention duty: the first
 *                     day it can be deleted; null otherwise
 */
public record ReceivableDocument(long id, TenantId tenant, long debtorId, String source, DocumentData data,
                                 LocalDate bookedOn, LocalDate blockedUntil, Instant createdAt, Instant updatedAt) {
}
