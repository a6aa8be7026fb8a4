/**
 * Ingestion: connectors hand batches of canonical records to the {@link IngestionService}, which
 * validates, deduplicates and stores them together with the connector instance's checkpoint.
 */
@Version("1.3.0")
package de.debitum.api.ingest;

import org.osgi.annotation.versioning.Version;
