package de.debitum.api.output;

import java.time.Instant;
import java.util.Objects;

import de.debitum.api.model.TenantId;

/**
 * One delivery in the outbox, without its PDF.
 *
 * @param attempts      the number of delivery attempts started so far
 * @param nextAttemptAt when a delivery worker may try again, or null once the entry is sent or
 *                      failed for good
 * @param lastError     the reason of the last failure, shown to the tenant, or null
 * @param messageId     the id the receiving side gave the delivery: the e-mail's Message-ID, the
 *                      provider's letter id, or the print batch; null until sent
 * @param pdfSize       the PDF's size in bytes
 */
public record OutboxEntry(long id, TenantId tenant, String documentKey, OutboxChannel channel, String recipient,
                          OutboxDocumentKind kind, OutboxStatus status, int attempts, Instant nextAttemptAt,
                          String lastError, String messageId, String runKey, Long debtorId, Long documentId,
                          String language, String subject, String body, String fileName, int pdfSize,
                          Instant createdAt, Instant updatedAt, Instant sentAt) {

    public OutboxEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }
}
