package de.debitum.output;

import java.util.List;
import java.util.Objects;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;

/**
 * A rendered document to deliver.
 *
 * @param documentKey    the caller's id of the document, such as {@code dunning-notice:4711};
 *                       with channel and recipient it makes the request idempotent
 * @param channel        the delivery channel
 * @param emailAddress   the debtor's e-mail address, for {@link OutboxChannel#EMAIL} only
 * @param postalAddress  the debtor's postal address, one line each, for post and print
 * @param kind           what the document is
 * @param documentNumber the number the debtor knows the document by, for the e-mail subject
 * @param senderName     the tenant's company name, which signs the e-mail
 * @param language       the debtor's ISO 639-1 language; German texts for {@code de} or null,
 *                       English for any other
 * @param runKey         the run the document belongs to, or null
 * @param debtorId       the hub's debtor id, or null
 * @param documentId     the hub's id of the invoice concerned, or null
 * @param pdf            the PDF
 */
public record DocumentRequest(String documentKey, OutboxChannel channel, String emailAddress,
                              List<String> postalAddress, OutboxDocumentKind kind, String documentNumber,
                              String senderName, String language, String runKey, Long debtorId, Long documentId,
                              byte[] pdf) {

    public DocumentRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pdf, "pdf");
        postalAddress = postalAddress == null ? List.of() : List.copyOf(postalAddress);
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
