package de.debitum.api.output;

/** Delivery state of an outbox entry. */
public enum OutboxStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** A delivery worker is sending it now. */
    SENDING,
    /** Delivered to the mail server, the post provider or a print batch. */
    SENT,
    /** The last attempt failed with an error that may pass; another attempt is due at the next attempt time. */
    FAILED_TRANSIENT,
    /** Delivery failed for good; the reason says what the tenant must fix. */
    FAILED_FINAL;

    /** Returns whether a delivery worker may pick up an entry in this state. */
    public boolean isPending() {
        return this == QUEUED || this == FAILED_TRANSIENT;
    }
}
