package de.debitum.output;

import java.util.Objects;

/**
 * A tenant's bounce mailbox: the IMAP account that receives the bounces of the e-mails the
 * outbox sends, usually the sender or return-path address.
 *
 * @param host     the IMAP server's host name
 * @param port     the IMAP port, 1 to 65535, usually 993 with TLS or 143 with STARTTLS
 * @param tls      how the connection is protected
 * @param username the login
 * @param password the password in plain text, or null to keep the stored one
 * @param folder   the folder to read, such as {@code INBOX}
 */
public record BounceMailboxSettings(String host, int port, TlsMode tls, String username, String password,
                                    String folder) {

    public BounceMailboxSettings {
        Objects.requireNonNull(tls, "tls");
    }

    @Override
    public String toString() {
        return "BounceMailboxSettings[host=" + host + ", port=" + port + ", tls=" + tls + ", username=" + username
                + ", folder=" + folder + "]";
    }
}
