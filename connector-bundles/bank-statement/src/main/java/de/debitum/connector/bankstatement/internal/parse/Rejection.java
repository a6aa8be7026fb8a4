package de.debitum.connector.bankstatement.internal.parse;

/**
 * The reason a file, or one statement of it, was not read.
 *
 * @param statementId  the statement that was rejected, or {@code null} when the whole file was
 * @param location     where in the file: "Zeile 6" for MT940, "Buchung 3" for camt; may be {@code null}
 * @param value        the offending value as found, shortened; may be {@code null}
 * @param expected     what a valid value looks like; may be {@code null}
 * @param message      the complete sentence for the user, naming all of the above
 */
public record Rejection(String statementId, String location, String value, String expected, Message message) {
}
