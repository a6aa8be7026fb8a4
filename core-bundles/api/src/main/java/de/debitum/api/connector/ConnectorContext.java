package de.debitum.api.connector;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.slf4j.Logger;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/**
 * Services and data that the routes of one connector instance get from the host. The host provides it, and a
 * connector only calls it.
 */
@ProviderType
public interface ConnectorContext {

    TenantId tenant();

    /** Identifier of the instance, unique within the hub. */
    String instanceId();

    /** The instance's configuration, checked against the type's fields, secrets decrypted. */
    ConnectorConfig config();

    /** Returns the checkpoint stored with the last committed batch, empty before the first. */
    Optional<String> checkpoint();

    /**
     * Stores a batch of records read from the source in one transaction, together with the
     * checkpoint that follows it. Invalid records come back as rejections in the report; the
     * rest is stored. Call it before marking the input as consumed (moving a file, flagging a
     * mail): a crash in between repeats the batch, and the repeat changes nothing.
     *
     * @param source     the source system of the records, such as {@code csv:invoices.csv}
     * @param checkpoint the checkpoint after this batch, or {@code null} to keep the current one
     * @throws de.debitum.api.ingest.IngestionException when nothing could be stored; let the
     *         route fail so that the input stays unconsumed and is read again
     */
    ImportReport ingest(String source, List<CanonicalRecord> records, List<CoveragePeriod> coverage, String checkpoint);

    /**
     * Records that the connector rejected a file as a whole, so that none of its records reach
     * {@link #ingest}: a truncated or malformed file, missing columns, a file above the size bound,
     * an unknown format. The hub stores it as an import batch of this instance with no records,
     * which the import list, the instance's status and the overview show until a later batch of
     * the instance stores records. Call it before moving the file aside; a record that ingestion
     * rejects needs no call, because its batch already reports it.
     *
     * @param source   the source the file would have delivered, as passed to {@link #ingest}
     * @param fileName the file's name as found, such as {@code rechnungen.csv}
     * @param reason   what is wrong with the file, naming the offending value, and what to do
     * @return the report of the stored batch, with {@link ImportReport#fileRejection()} set
     * @throws de.debitum.api.ingest.IngestionException when nothing could be stored; let the route
     *         fail so that the file stays unconsumed and is read again
     */
    ImportReport rejectFile(String source, String fileName, LocalizedText reason);

    /** The clock to use for every "now", so that tests can fix the time. */
    Clock clock();

    /** A logger whose lines carry the tenant and the instance id. */
    Logger log();
}
