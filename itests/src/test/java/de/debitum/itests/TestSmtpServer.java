package de.debitum.itests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP and IMAP server in the test JVM, on 127.0.0.1 and free ports: the hub sends to
 * it over SMTP and the probe reads the mailbox back over IMAP. Only the Pax Exam driver uses this
 * class.
 */
final class TestSmtpServer {

    /** Kept so that the server runs until the test JVM ends. */
    private static GreenMail server;

    private TestSmtpServer() {
    }

    /**
     * Starts a server on which every recipient gets a mailbox on first delivery, with the address
     * as login and password, and returns the SMTP and IMAP ports.
     */
    static synchronized int[] startForAnyRecipient() {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        server.start();
        return new int[] {server.getSmtp().getPort(), server.getImap().getPort()};
    }

    /** Starts the server with a mailbox for {@code address} and returns the SMTP and IMAP ports. */
    static synchronized int[] start(String address, String login, String password) {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        server.start();
        server.setUser(address, login, password);
        return new int[] {server.getSmtp().getPort(), server.getImap().getPort()};
    }
}
