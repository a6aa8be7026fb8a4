package de.debitum.api.model;

/** Type of one step in a claim's history. */
public enum AuditEventType {
    CREATED,
    UPDATED,
    REJECTED,
    DUPLICATE,
    DUPLICATE_UNDONE,
    ALLOCATED,
    REMINDED,
    SENT,
    BOOKED,
    HANDED_OVER,
    BLOCKED,
    DELETED,
    CHECKPOINT,
    EXPORTED
}
