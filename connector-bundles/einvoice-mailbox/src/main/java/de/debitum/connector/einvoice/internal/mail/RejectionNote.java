package de.debitum.connector.einvoice.internal.mail;

import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import de.debitum.connector.einvoice.internal.MailboxSettings;

/**
 * The note that gives the tenant the reason why a mail was not imported, or only in part. It is a new mail
 * appended to the folder for rejected mails and is never sent: its subject names the original
 * subject, its {@code In-Reply-To} and {@code References} headers the original Message-ID, and its
 * text the reasons in German and English. The original mail stays unchanged.
 */
final class RejectionNote {

    /** Header on every note, with the value {@code rejected} or {@code partly-imported}. */
    static final String MARKER_HEADER = "X-Debitum-Import";

    private RejectionNote() {
    }

    static void append(Message mail, MailboxSettings settings, String messageId, boolean partlyImported, String reason,
            Clock clock) throws MessagingException {
        Folder target = mail.getFolder().getStore().getFolder(settings.rejectedFolder());
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        MimeMessage note = new MimeMessage(Session.getInstance(new Properties()));
        String original = mail.getSubject() == null ? "" : mail.getSubject().replaceAll("\\p{Cntrl}", " ").strip();
        note.setSubject((partlyImported ? "Teilweise importiert / partly imported: " : "Nicht importiert / not imported: ")
                + original, "UTF-8");
        note.setSentDate(Date.from(clock.instant()));
        note.setHeader(MARKER_HEADER, partlyImported ? "partly-imported" : "rejected");
        if (messageId != null) {
            note.setHeader("In-Reply-To", messageId);
            note.setHeader("References", messageId);
        }
        note.setText(reason, "UTF-8");
        note.setFlag(Flags.Flag.SEEN, false);
        note.saveChanges();
        target.appendMessages(new Message[] {note});
    }
}
