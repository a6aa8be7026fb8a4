package de.debitum.ledger.datev;

/**
 * One value the writer changed or left out so that DATEV accepts the file.
 *
 * @param kind what was done
 * @param reference the booking reference or personal account the value belongs to; the header
 *     has the reference {@code Header}
 * @param field the DATEV name of the field, such as {@code Buchungstext}
 * @param original the value as given
 * @param written the value as written; empty when the value was left out
 * @param message the notice for users, in German
 * @param englishMessage the same notice in English
 */
public record ExportNotice(
        Kind kind,
        String reference,
        String field,
        String original,
        String written,
        String message,
        String englishMessage) {

    /** Kinds of changes. */
    public enum Kind {
        /** A text was longer than DATEV's field length and was cut. */
        TEXT_SHORTENED,
        /** A character outside Windows-1252 was replaced. */
        CHARACTER_REPLACED,
        /** A line break, tab or other control character was replaced by a space. */
        CONTROL_CHARACTER_REPLACED,
        /** Belegfeld 1 or 2 held characters DATEV does not allow, or was too long. */
        BELEGFELD_CLEANED,
        /** A BU-Schlüssel on an automatic account was left out. */
        TAX_KEY_REMOVED,
        /** OPOS fields on a booking without a debtor account were left out. */
        OPEN_ITEM_FIELDS_REMOVED,
        /** A booking with Umsatz 0,00 was left out, because DATEV rejects it. */
        ZERO_AMOUNT_SKIPPED,
        /** A master-data value DATEV would reject (USt-IdNr., IBAN, BIC, country) was left out. */
        INVALID_VALUE_REMOVED
    }
}
