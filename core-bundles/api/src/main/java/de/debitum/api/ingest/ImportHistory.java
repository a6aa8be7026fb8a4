package de.debitum.api.ingest;

import java.time.Instant;

/**
 * Summary of a connector instance's stored import batches, read so that the instance's status
 * shows its last run and record counts again after a restart of the hub.
 *
 * @param lastRun            start of the newest batch, files rejected as a whole included, or null without a batch
 * @param lastSuccess        end of the newest batch that stored records, or null when there is none
 * @param recordsLastRun     records received in the newest batch, 0 for a rejected file
 * @param recordsTotal       records received in all batches of the instance
 * @param lastFileRejection  the newest batch's file rejection, or null when it stored records
 */
public record ImportHistory(Instant lastRun, Instant lastSuccess, long recordsLastRun, long recordsTotal,
                            FileRejection lastFileRejection) {

    /** The history of an instance without any batch. */
    public static final ImportHistory NONE = new ImportHistory(null, null, 0, 0, null);
}
