package de.debitum.api.connector;

import java.time.Instant;

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
 */
public record InstanceStatus(String instanceId, TenantId tenant, String typeId, String typeVersion, InstanceState state,
                             Instant lastRun, Instant lastSuccess, long recordsLastRun, long recordsTotal,
                             String lastError, Instant lastErrorAt, Instant nextAttempt) {
}
