package de.debitum.connector.einvoice.internal.mail;

import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.LocalizedText;
import de.debitum.connector.einvoice.internal.MailboxSettings;

/** Opens the configured mailbox to test the connection, with bounded timeouts. */
public final class MailboxConnection {

    private MailboxConnection() {
    }

    /** Returns the Jakarta Mail properties that bound connecting, reading and writing. */
    static Properties timeouts(MailboxSettings settings) {
        String protocol = settings.tls() ? "imaps" : "imap";
        Properties properties = new Properties();
        String millis = String.valueOf(MailboxRoutes.TIMEOUT_MILLIS);
        properties.setProperty("mail." + protocol + ".connectiontimeout", millis);
        properties.setProperty("mail." + protocol + ".timeout", millis);
        properties.setProperty("mail." + protocol + ".writetimeout", millis);
        return properties;
    }

    /** Logs in, opens the mailbox folder read-only and counts its unread mails. */
    public static ConnectionTestResult test(MailboxSettings settings) {
        String server = settings.host() + ":" + settings.port();
        Session session = Session.getInstance(timeouts(settings));
        try (Store store = session.getStore(settings.tls() ? "imaps" : "imap")) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.mailboxFolder());
            if (!folder.exists()) {
                return ConnectionTestResult.failed(LocalizedText.of(
                        "Der Ordner " + settings.mailboxFolder() + " fehlt im Postfach auf " + server
                                + ". Bitte den Ordnernamen berichtigen, etwa INBOX.",
                        "The folder " + settings.mailboxFolder() + " is missing in the mailbox on " + server
                                + ". Correct the folder name, such as INBOX."));
            }
            folder.open(Folder.READ_ONLY);
            int unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            folder.close(false);
            return ConnectionTestResult.ok(LocalizedText.of(
                    "Anmeldung auf " + server + " gelungen; der Ordner " + settings.mailboxFolder() + " enthält "
                            + unread + " ungelesene E-Mails.",
                    "Logged in to " + server + "; the folder " + settings.mailboxFolder() + " contains " + unread
                            + " unread mails."));
        } catch (AuthenticationFailedException e) {
            return ConnectionTestResult.failed(LocalizedText.of(
                    "Die Anmeldung auf " + server + " als " + settings.user() + " ist fehlgeschlagen. Bitte Benutzer"
                            + " und Passwort prüfen.",
                    "Logging in to " + server + " as " + settings.user() + " failed. Check the user and the"
                            + " password."));
        } catch (MessagingException e) {
            return ConnectionTestResult.failed(LocalizedText.of(
                    "Die Verbindung zu " + server + " ist fehlgeschlagen (" + e.getMessage() + "). Bitte Server,"
                            + " Port und TLS prüfen.",
                    "Connecting to " + server + " failed (" + e.getMessage() + "). Check the host, the port and"
                            + " TLS."));
        }
    }
}
