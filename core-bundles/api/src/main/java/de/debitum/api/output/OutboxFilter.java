package de.debitum.api.output;

/**
 * Selects outbox entries; a null field matches every entry.
 *
 * @param status  only entries in this state
 * @param channel only entries of this channel
 * @param runKey  only entries of this run
 */
public record OutboxFilter(OutboxStatus status, OutboxChannel channel, String runKey) {

    /** The filter that matches every entry. */
    public static final OutboxFilter ALL = new OutboxFilter(null, null, null);
}
