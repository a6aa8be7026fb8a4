package de.debitum.api.ingest;

import java.util.Objects;

/**
 * A file that a connector rejected as a whole, so that none of its records reached ingestion: a
 * truncated or malformed XML file, a CSV file without the columns it needs, a file above the size
 * bound, an unknown format.
 *
 * @param fileName  the file's name as the connector found it, such as {@code rechnungen.csv}
 * @param messageDe what is wrong with the file and what to do, in German
 * @param messageEn the same in English
 */
public record FileRejection(String fileName, String messageDe, String messageEn) {

    /** Maximum length of a file name; the store keeps the last characters of a longer one. */
    public static final int MAX_FILE_NAME = 255;
    /** Maximum length of each message; the store cuts a longer one and ends it with an ellipsis. */
    public static final int MAX_MESSAGE = 2000;

    public FileRejection {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
        if (fileName.isBlank() || messageDe.isBlank() || messageEn.isBlank()) {
            throw new IllegalArgumentException("A file rejection needs a file name and a reason in German and English;"
                    + " got file name '" + fileName + "'.");
        }
        if (fileName.length() > MAX_FILE_NAME) {
            fileName = fileName.substring(fileName.length() - MAX_FILE_NAME);
        }
        messageDe = shorten(messageDe.strip());
        messageEn = shorten(messageEn.strip());
    }

    private static String shorten(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
