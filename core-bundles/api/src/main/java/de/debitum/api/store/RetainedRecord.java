package de.debitum.api.store;

import java.time.LocalDate;

/**
 * A record that a deletion had to keep because of a retention duty; it is blocked until
 * {@code deletableFrom}.
 *
 * @param subjectType {@code debtor} or {@code document}
 * @param reason      the retention rule, such as the legal basis and period
 */
public record RetainedRecord(String subjectType, long id, String label, LocalDate deletableFrom, String reason) {
}
