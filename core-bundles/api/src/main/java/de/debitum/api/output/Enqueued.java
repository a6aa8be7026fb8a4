package de.debitum.api.output;

/**
 * The result of putting a document into the outbox.
 *
 * @param entry   the entry for the document, channel and recipient
 * @param created false when the outbox held that entry already and nothing was added
 */
public record Enqueued(OutboxEntry entry, boolean created) {
}
