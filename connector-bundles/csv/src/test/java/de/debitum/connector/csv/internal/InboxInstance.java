package de.debitum.connector.csv.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/**
 * One running instance of the connector type on its own CamelContext, with a context that stores
 * through the real ingestion service as the connector host does. Files are dropped with an old
 * modification time, as a finished export has, so that the read lock takes them at once.
 */
final class InboxInstance implements AutoCloseable, ConnectorContext {

    private final Datacenter datacenter;
    private final TenantId tenant;
    private final String instanceId;
    private final ConnectorConfig config;
    private final Path inbox;
    private final Path staging;
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final Logger log;
    /** Every report ingest returned, in order. */
    final List<ImportReport> reports = new CopyOnWriteArrayList<>();

    InboxInstance(Datacenter datacenter, TenantId tenant, Path root, String kind, Map<String, String> settings)
            throws Exception {
        this.datacenter = datacenter;
        this.tenant = tenant;
        this.instanceId = tenant.value() + ".csv";
        this.inbox = Files.createDirectories(root.resolve("inbox"));
        this.staging = Files.createDirectories(root.resolve("staging"));
        Map<String, String> raw = new java.util.HashMap<>(settings);
        raw.putIfAbsent(CsvSettings.POLL_INTERVAL, "PT0.05S");
        this.config = TestFiles.config(inbox, kind, raw);
        this.log = LoggerFactory.getLogger("test." + instanceId);
        camel.addRoutes(new CsvConnectorType("test").createRoutes(this));
        camel.start();
    }

    Path inbox() {
        return inbox;
    }

    /** Drops a file into the inbox in one atomic move and waits until the route moved it on. */
    void dropAndAwait(String name, byte[] content) throws Exception {
        Path staged = staging.resolve(name);
        Files.write(staged, content);
        Files.setLastModifiedTime(staged, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!inboxEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("file " + name + " still in the inbox after 30 s");
            }
            Thread.sleep(20);
        }
    }

    private boolean inboxEmpty() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }

    @Override
    public void close() {
        camel.stop();
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
        return datacenter.ingestion().checkpoint(tenant, instanceId).map(Checkpoint::value);
    }

    @Override
    public ImportReport ingest(String source, List<CanonicalRecord> records, List<CoveragePeriod> coverage,
            String checkpoint) {
        IngestionBatch batch = new IngestionBatch(tenant, source, instanceId, records, coverage,
                checkpoint == null ? Optional.empty() : Optional.of(new Checkpoint(instanceId, checkpoint)));
        ImportReport report = datacenter.ingestion().ingest(batch);
        reports.add(report);
        return report;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Logger log() {
        return log;
    }
}
