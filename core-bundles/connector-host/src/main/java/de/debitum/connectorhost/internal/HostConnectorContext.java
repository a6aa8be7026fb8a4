package de.debitum.connectorhost.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/** The {@link ConnectorContext} one instance's routes get. */
final class HostConnectorContext implements ConnectorContext {

    private final TenantId tenant;
    private final String instanceId;
    private final ConnectorConfig config;
    private final IngestionService ingestion;
    private final Clock clock;
    private final Logger log;
    private final InstanceStatistics statistics;

    HostConnectorContext(TenantId tenant, String instanceId, String typeId, ConnectorConfig config,
            IngestionService ingestion, Clock clock, InstanceStatistics statistics) {
        this.tenant = tenant;
        this.instanceId = instanceId;
        this.config = config;
        this.ingestion = ingestion;
        this.clock = clock;
        this.statistics = statistics;
        this.log = new InstanceLogger(typeId, tenant.value(), instanceId);
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public ConnectorConfig config() {
        return config;
    }

    @Override
    public Optional<String> checkpoint() {
        return ingestion.checkpoint(tenant, instanceId).map(Checkpoint::value);
    }

    @Override
    public ImportReport ingest(String source, List<CanonicalRecord> records, List<CoveragePeriod> coverage, String checkpoint) {
        statistics.batchStarted(clock.instant(), records.size());
        IngestionBatch batch = new IngestionBatch(tenant, source, instanceId, records, coverage,
                checkpoint == null ? Optional.empty() : Optional.of(new Checkpoint(instanceId, checkpoint)));
        ImportReport report = ingestion.ingest(batch);
        statistics.batchStored(clock.instant(), records.size());
        log.info("Stored batch {} from {}: {} received, {} created, {} updated, {} unchanged, {} rejected",
                report.batchId(), source, report.received(), report.created(), report.updated(), report.unchanged(),
                report.rejected());
        return report;
    }

    @Override
    public ImportReport rejectFile(String source, String fileName, LocalizedText reason) {
        FileRejection rejection = new FileRejection(fileName, reason.de(), reason.en());
        ImportReport report = ingestion.rejectFile(tenant, instanceId, source, rejection);
        statistics.fileRejected(clock.instant(), report.fileRejection());
        log.warn("Stored batch {} from {}: file {} rejected as a whole: {}", report.batchId(), source, fileName,
                reason.en());
        return report;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Logger log() {
        return log;
    }
}
