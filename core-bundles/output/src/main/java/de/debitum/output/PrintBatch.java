package de.debitum.output;

import java.util.List;

/**
 * A written print batch.
 *
 * @param batchId  the id recorded as message id of the letters it marked as sent
 * @param entryIds the outbox entries in the batch, in print order
 * @param pages    the number of pages written
 */
public record PrintBatch(String batchId, List<Long> entryIds, int pages) {

    public PrintBatch {
        entryIds = List.copyOf(entryIds);
    }
}
