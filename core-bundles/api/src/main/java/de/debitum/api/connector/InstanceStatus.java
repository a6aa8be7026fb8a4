package de.debitum.api.connector;

import java.time.Instant;

import de.debitum.api.ingest.FileRejection;
import de.debitum.api.model.TenantId;

/**
 * Status of one connector instance as the host tracks it.
 *
 * @param typeVersion    version of the connector type it runs on, {@code null} when no type is there
 * @param lastRun        last time its routes handed a batch to ingestion
 * @param lastSuccess    last time a batch was stored
 * @param recordsLastRun records in the last batch
 * @param recordsTotal   records in every batch since the host started
 * @param lastError      the last failure for a person: what failed and what to do, or {@code null}
 * @param lastErrorAt    when it happened
 * @param nextAttempt    when the host tries again after a failure, or {@code null}
 * @param lastFileRejection the file that the instance rejected as a whole in its latest import
 *                       batch, or {@code null} when that batch stored records or there is none
 */
public record InstanceStatus(String instanceId, TenantId tenant, String typeId, String typeVersion, InstanceState state,
                             Instant lastRun, Instant lastSuccess, long recordsLastRun, long recordsTotal,
                             String lastError, Instant lastErrorAt, Instant nextAttempt,
                             FileRejection lastFileRejection) {

    /** Creates the status of an instance whose latest file was not rejected as a whole. */
    public InstanceStatus(String instanceId, TenantId tenant, String typeId, String typeVersion, InstanceState state,
                          Instant lastRun, Instant lastSuccess, long recordsLastRun, long recordsTotal,
                          String lastError, Instant lastErrorAt, Instant nextAttempt) {
        this(instanceId, tenant, typeId, typeVersion, state, lastRun, lastSuccess, recordsLastRun, recordsTotal,
                lastError, lastErrorAt, nextAttempt, null);
    }

    /**
     * Returns whether the instance needs a person: its routes failed, its configuration is
     * invalid, or it rejected its latest file as a whole.
     */
    public boolean needsAttention() {
        return state == InstanceState.FAILED || state == InstanceState.INVALID_CONFIGURATION
                || lastFileRejection != null;
    }
}
