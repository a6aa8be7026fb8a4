package de.debitum.api.ingest;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Stores batches of canonical records idempotently; the datacenter bundle provides it. */
@ProviderType
public interface IngestionService {

    /**
     * Validates and stores a batch in one transaction together with its checkpoint. Invalid
     * records are rejected with a reason and the rest is stored. A record already stored from
     * the same source with the same content is left alone; changed content updates it with an
     * audit event. A payment that another source already delivered is stored as a duplicate
     * linked to the first.
     *
     * @throws IngestionException when the batch cannot be stored; then nothing of it was written
     */
    ImportReport ingest(IngestionBatch batch);

    /**
     * Records a file that the connector instance rejected as a whole, as an import batch of the
     * instance with no records and the rejection. The checkpoint stays as it is.
     *
     * @param source the source the file would have delivered, such as {@code csv:invoices}
     * @throws IngestionException when the batch cannot be stored; then nothing was written
     */
    ImportReport rejectFile(TenantId tenant, String instanceId, String source, FileRejection rejection);

    /**
     * Returns the file rejection of the instance's latest import batch: empty when that batch
     * stored records or when the instance has no batch.
     */
    Optional<FileRejection> lastFileRejection(TenantId tenant, String instanceId);

    /**
     * Returns the instance's last run, last successful batch and record counts as the stored
     * import batches tell them; {@link ImportHistory#NONE} for an instance without a batch.
     */
    default ImportHistory importHistory(TenantId tenant, String instanceId) {
        return new ImportHistory(null, null, 0, 0, lastFileRejection(tenant, instanceId).orElse(null));
    }

    /** Returns the stored checkpoint of a connector instance of the tenant. */
    Optional<Checkpoint> checkpoint(TenantId tenant, String instanceId);
}
