package de.debitum.einvoice;

import java.util.Objects;

/**
 * The reason a file was rejected, for users and for code.
 *
 * @param reason    the machine-readable reason
 * @param element   the XML element, PDF part or file property that failed, or {@code null}
 * @param value     the offending value as found (shortened to 200 characters), or {@code null}
 * @param expected  the expected form, or {@code null}
 * @param messageDe the message for users, in German
 * @param messageEn the same message in English
 */
public record Rejection(RejectionReason reason, String element, String value, String expected,
        String messageDe, String messageEn) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Returns the German message followed by the English one, for logs and import reports. */
    public String message() {
        return messageDe + " / " + messageEn;
    }
}
