package de.debitum.api.dunning;

/** The life cycle of a dunning notice. */
public enum NoticeStatus {
    /** Created by a run; waits for a person to approve it because automatic sending is off. */
    AWAITING_APPROVAL,
    /** Approved, or created while automatic sending is on: output may fetch it. */
    APPROVED,
    /** Held back by a person until a date; then it waits for approval again. */
    POSTPONED,
    /** Withdrawn by a person; it never goes out and does not count as sent. */
    CANCELLED,
    /** Output has taken it over for delivery. */
    HANDED_TO_OUTPUT,
    /** The final notice whose claims were escalated to collections afterwards. */
    ESCALATED;

    /** Returns whether a notice in this status counts as a reminder of its items. */
    public boolean countsAsReminder() {
        return this != CANCELLED;
    }

    /** Returns whether a person may still approve, postpone, edit or cancel the notice. */
    public boolean isOpenForReview() {
        return this == AWAITING_APPROVAL || this == POSTPONED || this == APPROVED;
    }
}
