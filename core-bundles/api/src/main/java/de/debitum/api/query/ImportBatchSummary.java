package de.debitum.api.query;

import java.time.Instant;

/**
 * One row of the import batch list, with counts but without the rejected records.
 *
 * <p>NOTE: it has no count of records imported with a warning. The column import_batch.warned
 * stores it, and {@link de.debitum.api.ingest.ImportReport#importedWithWarning()} returns it.
 */
public record ImportBatchSummary(long id, String source, String instanceId, Instant startedAt, Instant finishedAt,
                                 int received, int created, int updated, int unchanged, int rejected, int duplicates) {
}
