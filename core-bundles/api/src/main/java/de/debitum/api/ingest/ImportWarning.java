package de.debitum.api.ingest;

/**
 * A record that was stored with a flag or a reader warning, listed in the import report.
 *
 * @param recordType {@code document}
 * @param externalId the record's external id as delivered
 * @param code       the flag name (such as {@code BOOKING_AID}) or the reader's warning code
 * @param messageDe  the reason in German
 * @param messageEn  the reason in English
 */
public record ImportWarning(String recordType, String externalId, String code, String messageDe, String messageEn) {
}
