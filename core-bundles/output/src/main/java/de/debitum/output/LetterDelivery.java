package de.debitum.output;

import java.util.Objects;

import de.debitum.api.output.OutboxChannel;

/**
 * How a dunning letter goes out.
 *
 * @param channel      the delivery channel
 * @param emailAddress the debtor's e-mail address for {@link OutboxChannel#EMAIL}, else null
 * @param runKey       the dunning run, which groups the letters of a print batch, or null
 * @param debtorId     the hub's debtor id, or null
 * @param documentId   the hub's id of the invoice the notice is about, or null
 */
public record LetterDelivery(OutboxChannel channel, String emailAddress, String runKey, Long debtorId,
                             Long documentId) {

    public LetterDelivery {
        Objects.requireNonNull(channel, "channel");
    }
}
