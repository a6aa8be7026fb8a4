package de.debitum.api.model;

import java.util.Objects;

/**
 * Something a reader noticed in a document's source file and imported anyway, such as a
 * recalculation that disagrees with the stated totals. It is stored with the document.
 *
 * @param code      a machine-readable code, such as {@code RECALCULATION_DIFFERS}
 * @param messageDe the message in German, with the figures it is about
 * @param messageEn the same message in English
 */
public record DocumentWarning(String code, String messageDe, String messageEn) {

    /** Maximum length of a code. */
    public static final int MAX_CODE = 40;
    /** Maximum length of each message. */
    public static final int MAX_MESSAGE = 1000;
    /** Maximum number of warnings on one document. */
    public static final int MAX_COUNT = 50;

    public DocumentWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Creates a warning whose messages are cut to {@link #MAX_MESSAGE} characters. */
    public static DocumentWarning shortened(String code, String messageDe, String messageEn) {
        return new DocumentWarning(code, cut(messageDe), cut(messageEn));
    }

    private static String cut(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
