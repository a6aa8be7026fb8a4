package de.debitum.api.ingest;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * The import runs that ingestion on this hub node is storing now, so that people can follow a
 * large file before its batches commit. The datacenter bundle provides it.
 *
 * <p>NOTE: the runs live in the memory of the node that stores them. With several nodes, a node
 * lists only the runs of the connector instances it runs.
 */
@ProviderType
public interface ImportProgressService {

    /** Lists the tenant's unfinished import runs, oldest first. */
    List<ImportProgress> running(TenantId tenant);
}
