package de.debitum.connector.einvoice.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import de.debitum.api.connector.ConnectorConfig;

/**
 * The typed configuration of one instance. Keys are the field keys of
 * {@link EInvoiceMailboxConnectorType}; {@link #of} checks what the field descriptions cannot.
 *
 * @param mode               where the instance reads from
 * @param folder             the inbox folder in folder mode, {@code null} in IMAP mode
 * @param host               the IMAP host in IMAP mode, {@code null} in folder mode
 * @param port               the IMAP port
 * @param user               the IMAP user name
 * @param password           the IMAP password; never log it
 * @param tls                whether IMAP runs over TLS (imaps)
 * @param mailboxFolder      the IMAP folder that is polled
 * @param doneFolder         the IMAP folder that mails move to once their invoices are committed
 * @param rejectedFolder     the IMAP folder that mails without importable attachments move to
 * @param pollInterval       the time between two polls
 * @param maxAttachmentBytes the largest file or attachment that is read
 */
public record MailboxSettings(Mode mode, Path folder, String host, int port, String user, String password,
                              boolean tls, String mailboxFolder, String doneFolder, String rejectedFolder,
                              Duration pollInterval,
                              long maxAttachmentBytes) {

    public static final String MODE = "mode";
    public static final String FOLDER = "folder";
    public static final String HOST = "imap.host";
    public static final String PORT = "imap.port";
    public static final String USER = "imap.user";
    public static final String PASSWORD = "imap.password";
    public static final String TLS = "imap.tls";
    public static final String MAILBOX_FOLDER = "imap.folder";
    public static final String DONE_FOLDER = "imap.doneFolder";
    public static final String REJECTED_FOLDER = "imap.rejectedFolder";
    public static final String POLL_INTERVAL = "pollInterval";
    public static final String MAX_ATTACHMENT_SIZE = "maxAttachmentSize";

    /** Minimum poll interval, so that a value such as PT0S does not poll in a busy loop. */
    static final Duration MIN_POLL_INTERVAL = Duration.ofMillis(50);

    /** Source of an instance's e-invoices. */
    public enum Mode {
        /** A watched folder on the hub's machine. */
        FOLDER,
        /** An IMAP mailbox. */
        IMAP;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Lists the settings without the password, for logs. */
    @Override
    public String toString() {
        return "MailboxSettings[mode=" + mode + ", folder=" + folder + ", host=" + host + ", port=" + port
                + ", tls=" + tls + ", mailboxFolder=" + mailboxFolder + ", doneFolder=" + doneFolder
                + ", rejectedFolder=" + rejectedFolder
                + ", pollInterval=" + pollInterval + ", maxAttachmentBytes=" + maxAttachmentBytes + "]";
    }

    /**
     * Reads the settings of an instance.
     *
     * @throws IllegalArgumentException naming the field whose value cannot be used and what to enter
     */
    public static MailboxSettings of(ConnectorConfig config) {
        Mode mode = "imap".equals(config.text(MODE)) ? Mode.IMAP : Mode.FOLDER;
        Duration pollInterval = config.duration(POLL_INTERVAL);
        if (pollInterval.compareTo(MIN_POLL_INTERVAL) < 0) {
            throw new IllegalArgumentException("Poll interval " + pollInterval + " is too short: enter at least "
                    + MIN_POLL_INTERVAL + ", such as PT1M.");
        }
        long maxBytes = (long) config.integer(MAX_ATTACHMENT_SIZE) * 1024 * 1024;

        if (mode == Mode.FOLDER) {
            if (!config.has(FOLDER)) {
                throw new IllegalArgumentException("The inbox folder (" + FOLDER + ") is missing: folder mode needs"
                        + " the absolute path of the folder to watch.");
            }
            return new MailboxSettings(mode, config.path(FOLDER), null, 0, null, null, false, null, null,
                    null, pollInterval, maxBytes);
        }

        for (String key : new String[] {HOST, USER, PASSWORD}) {
            if (!config.has(key)) {
                throw new IllegalArgumentException("The field " + key + " is missing: IMAP mode needs the host,"
                        + " the user and the password of the mailbox.");
            }
        }
        boolean tls = config.bool(TLS);
        int defaultPort = tls ? 993 : 143;
        int port = config.has(PORT) ? config.integer(PORT) : defaultPort;
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("IMAP port " + port + " is invalid: enter 1 to 65535, usually 993"
                    + " with TLS.");
        }
        String mailboxFolder = config.text(MAILBOX_FOLDER);
        String doneFolder = config.text(DONE_FOLDER);
        String rejectedFolder = config.text(REJECTED_FOLDER);
        if (mailboxFolder.equalsIgnoreCase(rejectedFolder)) {
            throw new IllegalArgumentException("The folder for rejected mails (" + REJECTED_FOLDER + " = "
                    + rejectedFolder + ") must differ from the polled folder: enter another folder name.");
        }
        if (mailboxFolder.equalsIgnoreCase(doneFolder)) {
            throw new IllegalArgumentException("The folder for imported mails (" + DONE_FOLDER + " = "
                    + doneFolder + ") must differ from the polled folder: enter another folder name.");
        }
        if (doneFolder.equalsIgnoreCase(rejectedFolder)) {
            throw new IllegalArgumentException("The folder for imported mails (" + DONE_FOLDER + " = "
                    + doneFolder + ") must differ from the folder for rejected mails, so that the tenant sees"
                    + " which mails need a look: enter another folder name.");
        }
        return new MailboxSettings(mode, null, config.text(HOST), port, config.text(USER), config.text(PASSWORD),
                tls, mailboxFolder, doneFolder, rejectedFolder, pollInterval, maxBytes);
    }
}
