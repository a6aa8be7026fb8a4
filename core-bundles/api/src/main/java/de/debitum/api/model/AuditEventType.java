package de.debitum.api.model;

/** Type of one step in a claim's history. */
public enum AuditEventType {
    CREATED,
    UPDATED,
    REJECTED,
    DUPLICATE,
    DUPLICATE_UNDONE,
    ALLOCATED,
    /** An allocation was undone by a reversing allocation; the document is open again. */
    ALLOCATION_UNDONE,
    /** A person confirmed a matching suggestion; its allocations follow as ALLOCATED events. */
    SUGGESTION_CONFIRMED,
    /** A person rejected a matching suggestion; the engine does not propose it again. */
    SUGGESTION_REJECTED,
    REMINDED,
    SENT,
    /** A sent document bounced or the post provider rejected it. */
    DELIVERY_FAILED,
    BOOKED,
    HANDED_OVER,
    BLOCKED,
    DELETED,
    CHECKPOINT,
    /** A dunning run skipped an overdue item; the details give the reason. */
    DUNNING_SKIPPED,
    /** A dunning fee or the flat fee of § 288 (5) BGB was claimed on a notice. */
    FEE_CHARGED,
    /** Default interest was claimed on a notice; the details give amount, days and start. */
    INTEREST_CHARGED,
    /** A claim moved to collections after its final reminder. */
    ESCALATED,
    EXPORTED
}
