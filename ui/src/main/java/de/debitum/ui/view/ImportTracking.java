package de.debitum.ui.view;

import de.debitum.ui.client.Model.ImportBatch;
import de.debitum.ui.client.Model.ImportProgress;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An uploaded file on its way into the store: the connector instance has it in its folder, and
 * the import counts once a batch of that instance with a higher id than the newest one at upload
 * time shows up. That batch may record the file as rejected as a whole, which ends the tracking
 * with the connector's reason. The imports view keeps the object in the Vaadin session and checks
 * it while it is shown, so a user who leaves finds the result on return.
 *
 * <p>While the file imports, the hub's import progress of the instance gives the records
 * processed and stored so far.
 *
 * <p>NOTE: the hub reports neither the file's total of records nor which file a run reads, so the
 * view shows a count without a percentage, and the run of an earlier file of the same instance
 * counts as this file's until that run ends.
 */
final class ImportTracking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Time the view waits for the batch before it tells the user to check the connector. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final String tenant;
    private final String instanceId;
    private final String fileName;
    private final String storedFileName;
    private final long newestBatchBefore;
    private final Instant uploadedAt;
    private ImportBatch result;
    private ImportProgress progress;

    /**
     * @param fileName       the name the user uploaded
     * @param storedFileName the name the hub gave the file in the instance's inbox folder, which a
     *                       file rejection names
     */
    ImportTracking(String tenant, String instanceId, String fileName, String storedFileName, long newestBatchBefore,
            Instant uploadedAt) {
        this.tenant = tenant;
        this.instanceId = instanceId;
        this.fileName = fileName;
        this.storedFileName = storedFileName;
        this.newestBatchBefore = newestBatchBefore;
        this.uploadedAt = uploadedAt;
    }

    String tenant() {
        return tenant;
    }

    String instanceId() {
        return instanceId;
    }

    String fileName() {
        return fileName;
    }

    synchronized ImportBatch result() {
        return result;
    }

    /** Returns the instance's unfinished import run while the file is pending, or null when none is listed. */
    synchronized ImportProgress progress() {
        return result == null ? progress : null;
    }

    synchronized boolean pending() {
        return result == null;
    }

    /** Returns whether the connector rejected the file as a whole; then {@link #result()} has the reason. */
    synchronized boolean rejected() {
        return result != null && result.fileRejection() != null;
    }

    boolean timedOut(Instant now) {
        return pending() && now.isAfter(uploadedAt.plus(MAX_WAIT));
    }

    /**
     * Takes the result from the newest batches (newest first) and the hub's unfinished import runs;
     * returns true once it is known. While the instance has an unfinished run, the connector is
     * still storing the file in several batches, so the run's counts show and the result waits.
     * Then the new batches of the instance make the result: a rejection of this file alone, or
     * else the batches of records with their counts added up under the oldest batch's id. A new
     * file rejection of another file of the instance is skipped.
     */
    synchronized boolean update(List<ImportBatch> newestFirst, List<ImportProgress> runs) {
        if (result != null) {
            return true;
        }
        progress = runs.stream().filter(run -> instanceId.equals(run.instanceId())).findFirst().orElse(null);
        if (progress != null) {
            return false;
        }
        List<ImportBatch> ownOldestFirst = newestFirst.stream()
                .filter(batch -> batch.id() > newestBatchBefore && instanceId.equals(batch.instanceId()))
                .filter(batch -> batch.fileRejection() == null || batch.fileRejection().fileName().equals(storedFileName))
                .sorted(java.util.Comparator.comparingLong(ImportBatch::id))
                .toList();
        if (ownOldestFirst.isEmpty()) {
            return false;
        }
        ImportBatch oldest = ownOldestFirst.get(0);
        result = oldest.fileRejection() != null ? oldest : added(ownOldestFirst.stream()
                .filter(batch -> batch.fileRejection() == null).toList());
        return true;
    }

    /** Returns the batches' counts added up, under the id, instance and times of the first. */
    private static ImportBatch added(List<ImportBatch> batches) {
        ImportBatch first = batches.get(0);
        ImportBatch last = batches.get(batches.size() - 1);
        return new ImportBatch(first.id(), first.source(), first.instanceId(), first.startedAt(), last.finishedAt(),
                batches.stream().mapToLong(ImportBatch::received).sum(),
                batches.stream().mapToLong(ImportBatch::created).sum(),
                batches.stream().mapToLong(ImportBatch::updated).sum(),
                batches.stream().mapToLong(ImportBatch::unchanged).sum(),
                batches.stream().mapToLong(ImportBatch::rejected).sum(),
                batches.stream().mapToLong(ImportBatch::duplicates).sum(), null);
    }
}
