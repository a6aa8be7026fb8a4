package de.debitum.connectorhost.internal;

import java.time.Instant;

/** Counters and times of one instance, updated from its route threads. */
final class InstanceStatistics {

    private Instant lastRun;
    private Instant lastSuccess;
    private long recordsLastRun;
    private long recordsTotal;

    synchronized void batchStarted(Instant now, int records) {
        lastRun = now;
        recordsLastRun = records;
    }

    synchronized void batchStored(Instant now, int records) {
        lastSuccess = now;
        recordsTotal += records;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(lastRun, lastSuccess, recordsLastRun, recordsTotal);
    }

    record Snapshot(Instant lastRun, Instant lastSuccess, long recordsLastRun, long recordsTotal) {
    }
}
