package de.debitum.api.model;

/** What happened in one step of a claim's history. */
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
    CHECKPOINT
}
