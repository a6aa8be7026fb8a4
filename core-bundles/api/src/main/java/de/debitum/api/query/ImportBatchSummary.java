package de.debitum.api.query;

import java.time.Instant;

/** One row of the import batch list, with counts but without the rejected records. */
public record ImportBatchSummary(long id, String source, String instanceId, Instant startedAt, Instant finishedAt,
                                 int received, int created, int updated, int unchanged, int rejected, int duplicates) {
}
