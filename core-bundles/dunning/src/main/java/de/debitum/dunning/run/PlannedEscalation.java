package de.debitum.dunning.run;

/** A claim that a run moves to collections because its final notice ran out. */
public record PlannedEscalation(long documentId, String documentNumber, long debtorId, long finalNoticeId) {
}
