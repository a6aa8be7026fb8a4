package de.debitum.api.output;

/**
 * One invoice as sending would handle it.
 *
 * @param documentId   the hub's document id
 * @param number       the invoice number
 * @param debtorName   the debtor's name
 * @param channel      the channel it goes by: e-mail when the debtor has an address, else post
 *                     when the tenant set up a post provider; null when neither
 * @param recipient    the e-mail address or the postal address in one line, or null
 * @param form         whether the original file or a generated ZUGFeRD PDF goes out
 * @param outboxEntryId the outbox entry once queued, or null
 * @param problem      why it cannot be sent, in German and English, or null
 */
public record PlannedInvoice(long documentId, String number, String debtorName, OutboxChannel channel,
                             String recipient, Form form, Long outboxEntryId, String problem) {

    /** What file goes out. */
    public enum Form {
        /** The ZUGFeRD / Factur-X PDF the invoice was imported as, unchanged. */
        ORIGINAL,
        /** A ZUGFeRD EN 16931 PDF generated from the stored invoice data. */
        GENERATED
    }

    /** Returns whether the invoice can go out. */
    public boolean sendable() {
        return problem == null;
    }
}
