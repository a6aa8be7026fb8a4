package de.debitum.connectorhost.internal;

import java.time.Instant;

import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportHistory;

/** Counters and times of one instance, updated from its route threads. */
final class InstanceStatistics {

    private Instant lastRun;
    private Instant lastSuccess;
    private long recordsLastRun;
    private long recordsTotal;
    private FileRejection lastFileRejection;

    /** Creates the statistics of an instance from its stored import batches. */
    InstanceStatistics(ImportHistory history) {
        this.lastRun = history.lastRun();
        this.lastSuccess = history.lastSuccess();
        this.recordsLastRun = history.recordsLastRun();
        this.recordsTotal = history.recordsTotal();
        this.lastFileRejection = history.lastFileRejection();
    }

    synchronized void batchStarted(Instant now, int records) {
        lastRun = now;
        recordsLastRun = records;
    }

    synchronized void batchStored(Instant now, int records) {
        lastSuccess = now;
        recordsTotal += records;
        lastFileRejection = null;
    }

    synchronized void fileRejected(Instant now, FileRejection rejection) {
        lastRun = now;
        recordsLastRun = 0;
        lastFileRejection = rejection;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(lastRun, lastSuccess, recordsLastRun, recordsTotal, lastFileRejection);
    }

    record Snapshot(Instant lastRun, Instant lastSuccess, long recordsLastRun, long recordsTotal,
                    FileRejection lastFileRejection) {
    }
}
