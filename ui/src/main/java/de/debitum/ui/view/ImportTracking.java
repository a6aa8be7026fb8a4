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

    /** Returns the instance's import run while the file is pending, or null before the run begins. */
    synchronized ImportProgress progress() {
        return result == null ? progress : null;
    }

    /** Takes the instance's run from the hub's unfinished import runs, or clears it when none is listed. */
    synchronized void updateProgress(List<ImportProgress> runs) {
        progress = runs.stream().filter(run -> instanceId.equals(run.instanceId())).findFirst().orElse(null);
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
     * Takes the result from the newest batches (newest first); returns true once it is known.
     * The oldest new batch of the instance counts, because the connector imports the file in the
     * first run after the upload. A new file rejection of another file of the instance is skipped.
     */
    synchronized boolean update(List<ImportBatch> newestFirst) {
        if (result != null) {
            return true;
        }
        for (ImportBatch batch : newestFirst) {
            boolean otherFile = batch.fileRejection() != null && !batch.fileRejection().fileName().equals(storedFileName);
            if (batch.id() > newestBatchBefore && instanceId.equals(batch.instanceId()) && !otherFile) {
                result = batch;
            }
        }
        return result != null;
    }
}
