package de.debitum.api.dunning;

/** A document whose final notice has run out, to be moved to collections. */
public record EscalationDraft(long documentId, long debtorId, long finalNoticeId, String details) {
}
