package de.debitum.api.ingest;

import java.util.List;

/**
 * The outcome of one batch, as stored in the import batch table.
 *
 * @param received   records in the batch
 * @param created    records stored for the first time
 * @param updated    records whose content changed
 * @param unchanged  records delivered again without change
 * @param duplicates payments recorded as duplicates of another source's payment (also counted
 *                   in created or unchanged)
 */
public record ImportReport(long batchId, String source, String instanceId, int received, int created, int updated,
                           int unchanged, List<Rejection> rejections, List<DuplicateNotice> duplicates) {

    public ImportReport {
        rejections = List.copyOf(rejections);
        duplicates = List.copyOf(duplicates);
    }

    public int rejected() {
        return rejections.size();
    }
}
