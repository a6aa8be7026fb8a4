package de.debitum.api.ingest;

/**
 * A record that ingestion rejected, with the field, the offending value and the rule it broke.
 *
 * @param recordType {@code debtor}, {@code document} or {@code payment}
 * @param externalId the record's external id as delivered (may be null or blank)
 * @param value      the offending value as text, shortened to 200 characters; null if missing
 */
public record Rejection(String recordType, String externalId, String field, String value, String rule) {

    /** Returns a sentence for the import report, such as {@code document 17: field number ...}. */
    public String message() {
        return recordType + " " + externalId + ": field " + field + " = "
                + (value == null ? "(missing)" : "'" + value + "'") + " violates rule: " + rule;
    }
}
