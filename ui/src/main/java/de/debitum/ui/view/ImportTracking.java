package de.debitum.ui.view;

import de.debitum.ui.client.Model.ImportBatch;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An uploaded file on its way into the store: the connector instance has it in its folder, and
 * the import counts once a batch of that instance with a higher id than the newest one at upload
 * time shows up. The imports view keeps the object in the Vaadin session and checks it while it
 * is shown, so a user who leaves finds the result on return.
 *
 * <p>NOTE: the hub stores a batch in one transaction and reports nothing before it commits, so
 * the view can show only "waiting for the connector" and then the finished counts, not the
 * records done so far.
 */
final class ImportTracking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Time the view waits for the batch before it tells the user to check the connector. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final String tenant;
    private final String instanceId;
    private final String fileName;
    private final long newestBatchBefore;
    private final Instant uploadedAt;
    private ImportBatch result;

    ImportTracking(String tenant, String instanceId, String fileName, long newestBatchBefore, Instant uploadedAt) {
        this.tenant = tenant;
        this.instanceId = instanceId;
        this.fileName = fileName;
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

    synchronized boolean pending() {
        return result == null;
    }

    boolean timedOut(Instant now) {
        return pending() && now.isAfter(uploadedAt.plus(MAX_WAIT));
    }

    /**
     * Takes the result from the newest batches (newest first); returns true once it is known.
     * The oldest new batch of the instance counts, because the connector imports the file in the
     * first run after the upload.
     */
    synchronized boolean update(List<ImportBatch> newestFirst) {
        if (result != null) {
            return true;
        }
        for (ImportBatch batch : newestFirst) {
            if (batch.id() > newestBatchBefore && instanceId.equals(batch.instanceId())) {
                result = batch;
            }
        }
        return result != null;
    }
}
