package de.debitum.dunning.run;

/**
 * An overdue item that a run leaves alone, with the reason.
 *
 * @param reasonCode a stable code, such as {@code COVERAGE_GAP} or {@code BLOCKED_DISPUTE}
 * @param messageDe  the reason for the user in German
 * @param messageEn  the same reason in English
 */
public record SkippedItem(long documentId, String documentNumber, long debtorId, String reasonCode, String messageDe,
                          String messageEn) {
}
