package de.debitum.datacenter.internal.store;

import java.util.Locale;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.NewOutboxEntry;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStatus;
import de.debitum.datacenter.internal.persistence.OutboxEntryEntity;

/** Checks of new outbox entries against the column sizes, and the mapping of rows to records. */
final class OutboxEntryFields {

    private OutboxEntryFields() {
    }

    static void check(NewOutboxEntry entry) {
        text("document key", entry.documentKey(), 200, true);
        text("recipient", entry.recipient(), 600, true);
        text("run key", entry.runKey(), 100, false);
        text("subject", entry.subject(), 300, true);
        text("body", entry.body(), 8000, false);
        text("file name", entry.fileName(), 200, true);
        String language = entry.language();
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("Invalid language '" + language
                    + "' of the outbox entry: use an ISO 639-1 code such as de or en.");
        }
        int size = entry.pdf().length;
        if (size == 0 || size > NewOutboxEntry.MAX_PDF_BYTES) {
            throw new IllegalArgumentException("The PDF of outbox entry '" + entry.documentKey() + "' has " + size
                    + " bytes; 1 to " + NewOutboxEntry.MAX_PDF_BYTES + " are allowed.");
        }
    }

    private static void text(String name, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("The " + name + " of the outbox entry is missing.");
            }
            return;
        }
        if (required && value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " of the outbox entry is empty.");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + name + " of the outbox entry has " + value.length()
                    + " characters; at most " + max + " are allowed.");
        }
    }

    static String cut(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max) : value;
    }

    /** The audit details of a delivery: ids and channel, but not the recipient's address. */
    static String sentDetails(OutboxEntryEntity row) {
        return row.kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + row.documentKey + " sent by "
                + row.channel.toLowerCase(Locale.ROOT) + ", message id " + row.messageId;
    }

    static String undeliveredDetails(OutboxEntryEntity row, String reason) {
        return row.kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + row.documentKey + " sent by "
                + row.channel.toLowerCase(Locale.ROOT) + " with message id " + row.messageId + " was not delivered: "
                + reason;
    }

    static OutboxEntry toEntry(OutboxEntryEntity row) {
        return new OutboxEntry(row.id, TenantId.of(row.tenantId), row.documentKey, OutboxChannel.valueOf(row.channel),
                row.recipient, OutboxDocumentKind.valueOf(row.kind), OutboxStatus.valueOf(row.status), row.attempts,
                row.nextAttemptAt, row.lastError, row.messageId, row.runKey, row.debtorId, row.documentId,
                row.language, row.subject, row.body, row.fileName, row.pdfSize, row.createdAt, row.updatedAt,
                row.sentAt);
    }
}
