package de.debitum.output.internal.delivery;

import java.util.Map;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;

/** Sends one outbox entry over one channel. */
public interface DeliveryChannel {

    OutboxChannel channel();

    /**
     * Sends the entry and returns the id the receiving side gave it.
     *
     * @param settings the tenant's settings of this channel, secrets decrypted
     * @throws DeliveryFailure when the attempt failed; its kind decides whether to try again
     */
    String send(OutboxEntry entry, byte[] pdf, Map<String, String> settings) throws DeliveryFailure;
}
