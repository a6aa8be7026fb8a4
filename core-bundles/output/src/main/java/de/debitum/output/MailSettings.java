package de.debitum.output;

import java.util.Objects;

/**
 * A tenant's SMTP server and sender identity.
 *
 * @param host        the SMTP server's host name
 * @param port        the SMTP port, 1 to 65535
 * @param tls         how the connection is protected
 * @param username    the login, or null when the server needs none
 * @param password    the password in plain text, or null to keep the stored one
 * @param fromAddress the sender address, such as {@code buchhaltung@muster.de}
 * @param fromName    the sender's display name, such as {@code Muster GmbH Buchhaltung}
 * @param replyTo     the address replies go to, or null for the sender address
 */
public record MailSettings(String host, int port, TlsMode tls, String username, String password,
                           String fromAddress, String fromName, String replyTo) {

    public MailSettings {
        Objects.requireNonNull(tls, "tls");
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", tls=" + tls + ", username=" + username
                + ", fromAddress=" + fromAddress + "]";
    }
}
