package de.debitum.connector.einvoice.internal.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailConstants;
import org.apache.camel.component.mail.MailMessage;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.model.OriginalDocument;
import de.debitum.connector.einvoice.internal.MailboxSettings;
import de.debitum.connector.einvoice.internal.importing.FileOutcome;
import de.debitum.connector.einvoice.internal.importing.InvoiceImporter;
import de.debitum.connector.einvoice.internal.importing.ReasonText;

/**
 * Imports the attachments of one mail and decides where the mail goes. A mail with at least one
 * stored invoice moves to the folder for done mails. Camel moves it after this processor returned,
 * so only once the import committed. When it also has rejected attachments, a note goes to the
 * folder for rejected mails. A mail without a stored invoice moves to the folder for rejected
 * mails, beside a note with the reason. The original mail is never changed.
 */
final class MailProcessor implements Processor {

    /** Exchange property with the mail's description for log lines. */
    static final String MAIL_ID_PROPERTY = "DebitumMailId";

    private final ConnectorContext context;
    private final MailboxSettings settings;
    private final InvoiceImporter importer;

    MailProcessor(ConnectorContext context, MailboxSettings settings) {
        this.context = context;
        this.settings = settings;
        this.importer = new InvoiceImporter(context, settings.maxAttachmentBytes());
    }

    @Override
    public void process(Exchange exchange) throws MessagingException, IOException {
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        String messageId = firstHeader(mail, "Message-ID");
        String mailId = describe(mail, messageId);
        exchange.setProperty(MAIL_ID_PROPERTY, mailId);

        MailAttachments.Found found = MailAttachments.of(mail, settings.maxAttachmentBytes());
        List<FileOutcome> outcomes = new ArrayList<>(found.tooLarge());
        if (!found.files().isEmpty()) {
            outcomes.addAll(importer.importFiles(mailId, found.files(), "mail:" + shortHash(mailId)));
        }

        long stored = outcomes.stream().filter(FileOutcome::stored).count();
        if (stored == outcomes.size() && stored > 0) {
            // Camel moves the mail after the exchange completed, that is after the commit.
            exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, settings.doneFolder());
            context.log().info("Imported {}: {} invoices stored; it moves to folder {}", mailId, stored,
                    settings.doneFolder());
            return;
        }
        String reason = ReasonText.of("Die E-Mail " + subjectOf(mail), "The mail " + subjectOf(mail), outcomes);
        RejectionNote.append(mail, settings, messageId, stored > 0, reason, context.clock());
        if (stored > 0) {
            exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, settings.doneFolder());
            context.log().warn("Imported {} in part: {} of {} attachments stored; it moves to folder {}, a note with"
                    + " the reasons is in folder {}", mailId, stored, outcomes.size(), settings.doneFolder(),
                    settings.rejectedFolder());
            return;
        }
        // Camel moves the mail after the exchange completed, instead of marking it as read.
        exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, settings.rejectedFolder());
        context.log().warn("Rejected {}: {} PDF or XML attachments, none stored; it moves to folder {} beside a note"
                + " with the reasons", mailId, outcomes.size(), settings.rejectedFolder());
    }

    /**
     * Describes the mail for log lines by its number in the folder and a hash of its Message-ID, so
     * that no address or subject reaches the log.
     */
    private static String describe(Message mail, String messageId) {
        String key = messageId != null ? messageId : "number " + mail.getMessageNumber();
        return "mail #" + mail.getMessageNumber() + " (id " + shortHash(key) + ")";
    }

    private static String shortHash(String text) {
        return OriginalDocument.sha256Of(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String subjectOf(Message mail) throws MessagingException {
        String subject = mail.getSubject();
        if (subject == null || subject.isBlank()) {
            return "ohne Betreff / without subject";
        }
        String oneLine = subject.replaceAll("\\p{Cntrl}", " ").strip();
        return "\"" + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine) + "\"";
    }

    static String firstHeader(Message mail, String name) throws MessagingException {
        String[] values = mail.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
