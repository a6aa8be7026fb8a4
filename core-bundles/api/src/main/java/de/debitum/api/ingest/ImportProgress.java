package de.debitum.api.ingest;

import java.time.Instant;

/**
 * An import run of one connector instance that has not finished: the ingest calls of one file or
 * delivery, from the first call up to the call that carries the checkpoint. Each call is one
 * transaction, so its records become visible in the store only when it commits.
 *
 * @param instanceId       the connector instance
 * @param source           the source of the call stored now, or of the last call
 * @param startedAt        when the run's first call began
 * @param updatedAt        when the run last changed
 * @param recordsStored    records of the run's earlier calls, committed
 * @param recordsInBatch   records of the call being stored now; 0 between two calls
 * @param recordsProcessed records of that call validated and written so far, not yet committed
 */
public record ImportProgress(String instanceId, String source, Instant startedAt, Instant updatedAt,
                             long recordsStored, int recordsInBatch, int recordsProcessed) {

    /** Returns the records stored or being stored so far in this run. */
    public long recordsSoFar() {
        return recordsStored + recordsProcessed;
    }
}
