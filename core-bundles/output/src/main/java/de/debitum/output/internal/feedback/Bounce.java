package de.debitum.output.internal.feedback;

/**
 * A bounce that names one of our outbox entries.
 *
 * @param messageId  the Message-ID of the e-mail that bounced, with angle brackets
 * @param recipient  the address that failed, or null when the bounce does not say
 * @param status     the RFC 3463 status code, such as {@code 5.1.1}, or null
 * @param diagnostic the remote server's reply, such as {@code smtp; 550 5.1.1 User unknown}, or null
 */
record Bounce(String messageId, String recipient, String status, String diagnostic) {

    /** Returns the reason shown to the tenant, in German and English. */
    String reason() {
        String detail = (status == null ? "" : " Status " + status) + (diagnostic == null ? "" : ": " + diagnostic)
                + (recipient == null ? "" : " (" + recipient + ")");
        return "E-Mail unzustellbar, vom Mailserver zurückgemeldet." + detail
                + " / E-mail bounced, reported by the mail server." + detail;
    }
}
