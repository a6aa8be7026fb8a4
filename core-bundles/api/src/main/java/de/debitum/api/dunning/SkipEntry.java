package de.debitum.api.dunning;

/** An overdue document that a run skipped, recorded as an audit event with its reason. */
public record SkipEntry(long documentId, long debtorId, String reasonCode, String reason) {
}
