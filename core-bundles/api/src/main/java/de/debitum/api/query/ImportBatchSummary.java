package de.debitum.api.query;

import java.time.Instant;

import de.debitum.api.ingest.FileRejection;

/**
 * One row of the import batch list, with counts but without the rejected records.
 *
 * <p>NOTE: it has no count of records imported with a warning. The column import_batch.warned
 * stores it, and {@link de.debitum.api.ingest.ImportReport#importedWithWarning()} returns it.
 *
 * @param fileRejection the file that the connector rejected as a whole, or {@code null} for a
 *                      batch of records
 */
public record ImportBatchSummary(long id, String source, String instanceId, Instant startedAt, Instant finishedAt,
                                 int received, int created, int updated, int unchanged, int rejected, int duplicates,
                                 FileRejection fileRejection) {

    /** Creates the summary of a batch of records. */
    public ImportBatchSummary(long id, String source, String instanceId, Instant startedAt, Instant finishedAt,
                              int received, int created, int updated, int unchanged, int rejected, int duplicates) {
        this(id, source, instanceId, startedAt, finishedAt, received, created, updated, unchanged, rejected, duplicates,
                null);
    }
}
