package de.debitum.api.output;

import java.util.Objects;

/**
 * A document to put into the outbox.
 *
 * @param documentKey the caller's id of the document, such as {@code dunning-notice:4711}; with the
 *                    channel and the recipient it names the delivery, so a second request with the
 *                    same three values returns the first entry
 * @param channel     the delivery channel
 * @param recipient   the e-mail address for {@link OutboxChannel#EMAIL}; the postal address for
 *                    post and print, one line each, separated by {@code \n}
 * @param kind        what the document is
 * @param runKey      the dunning run or other batch the document belongs to, or null
 * @param debtorId    the hub's debtor id, or null
 * @param documentId  the hub's document id of the invoice concerned, or null
 * @param language    the ISO 639-1 language of the debtor's texts, {@code de} or {@code en}
 * @param subject     the e-mail subject, or the letter's title for post and print
 * @param body        the e-mail text, or null for post and print
 * @param fileName    the attachment's file name, such as {@code Mahnung-4711.pdf}
 * @param pdf         the PDF document, at most {@link #MAX_PDF_BYTES} bytes
 */
public record NewOutboxEntry(String documentKey, OutboxChannel channel, String recipient, OutboxDocumentKind kind,
                             String runKey, Long debtorId, Long documentId, String language, String subject,
                             String body, String fileName, byte[] pdf) {

    /** The largest PDF the outbox accepts; post providers take about 10 MB per letter. */
    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

    public NewOutboxEntry {
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(pdf, "pdf");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
