package de.debitum.ledger.datev;

/**
 * Rejects an export whose input DATEV would not accept and that the writer must not repair on its
 * own, such as a Belegdatum outside the period or an invalid account number. The message is German
 * (for the tenant's users); {@link #englishMessage()} has the same content in English.
 */
public class DatevExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String englishMessage;

    public DatevExportException(String germanMessage, String englishMessage) {
        super(germanMessage);
        this.englishMessage = englishMessage;
    }

    /** Returns the message in English. */
    public String englishMessage() {
        return englishMessage;
    }
}
