package de.debitum.dunning.run;

import de.debitum.api.dunning.NoticeDraft;

/**
 * A notice a run creates, or would create in a preview.
 *
 * @param noticeId   the stored notice's id, or null in a preview
 * @param debtorName the debtor's name for display
 * @param notice     level, deadline, status, charges and items
 */
public record PlannedNotice(Long noticeId, String debtorName, NoticeDraft notice) {
}
