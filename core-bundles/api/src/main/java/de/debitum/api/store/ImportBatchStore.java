package de.debitum.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.TenantId;

/** The reports of past import batches. */
@ProviderType
public interface ImportBatchStore {

    Optional<ImportReport> find(TenantId tenant, long batchId);

    /** Lists the latest batches, newest first, {@code limit} at most 1000. */
    List<ImportReport> latest(TenantId tenant, int limit);
}
