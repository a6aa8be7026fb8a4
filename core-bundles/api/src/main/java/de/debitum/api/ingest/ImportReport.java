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
 * @param warnings   flags and reader warnings of the documents this batch created or changed
 *                   (those documents are also counted in created or updated)
 * @param fileRejection the file that the connector rejected as a whole, for a batch that records
 *                   only that rejection and no records; {@code null} for a batch of records
 */
public record ImportReport(long batchId, String source, String instanceId, int received, int created, int updated,
                           int unchanged, List<Rejection> rejections, List<DuplicateNotice> duplicates,
                           List<ImportWarning> warnings, FileRejection fileRejection) {

    public ImportReport {
        rejections = List.copyOf(rejections);
        duplicates = List.copyOf(duplicates);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Creates the report of a batch of records. */
    public ImportReport(long batchId, String source, String instanceId, int received, int created, int updated,
                        int unchanged, List<Rejection> rejections, List<DuplicateNotice> duplicates,
                        List<ImportWarning> warnings) {
        this(batchId, source, instanceId, received, created, updated, unchanged, rejections, duplicates, warnings, null);
    }

    /** Creates a report without warnings. */
    public ImportReport(long batchId, String source, String instanceId, int received, int created, int updated,
                        int unchanged, List<Rejection> rejections, List<DuplicateNotice> duplicates) {
        this(batchId, source, instanceId, received, created, updated, unchanged, rejections, duplicates, List.of());
    }

    /** Returns the number of records imported with at least one warning. */
    public int importedWithWarning() {
        return (int) warnings.stream().map(warning -> warning.recordType() + ":" + warning.externalId()).distinct().count();
    }

    public int rejected() {
        return rejections.size();
    }

    /** Returns whether the connector rejected the batch's file as a whole. */
    public boolean fileRejected() {
        return fileRejection != null;
    }
}
