package de.debitum.connector.einvoice.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/**
 * One running instance of the connector type on its own CamelContext, with a context that stores
 * through the real ingestion service as the connector host does.
 */
final class TestInstance implements AutoCloseable, ConnectorContext {

    private final Datacenter datacenter;
    private final TenantId tenant;
    private final String instanceId;
    private final ConnectorConfig config;
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final Logger log;
    /** Every report ingest returned, in order. */
    final List<ImportReport> reports = new CopyOnWriteArrayList<>();
    /** Calls of ingest, failed ones included. */
    final AtomicInteger ingestCalls = new AtomicInteger();
    /** When set, ingest fails as it does when the database is down. */
    volatile boolean failIngest;

    TestInstance(Datacenter datacenter, TenantId tenant, Map<String, String> settings) throws Exception {
        this(datacenter, tenant, settings, false);
    }

    /** Starts the instance; with {@code failIngest} every ingest fails until the flag is cleared. */
    TestInstance(Datacenter datacenter, TenantId tenant, Map<String, String> settings, boolean failIngest)
            throws Exception {
        this.failIngest = failIngest;
        this.datacenter = datacenter;
        this.tenant = tenant;
        this.instanceId = tenant.value() + ".einvoice";
        EInvoiceMailboxConnectorType type = new EInvoiceMailboxConnectorType("test");
        this.config = ConnectorConfig.of(type.configFields(), settings);
        this.log = LoggerFactory.getLogger("test." + instanceId);
        camel.addRoutes(type.createRoutes(this));
        camel.start();
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(50);
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
        ingestCalls.incrementAndGet();
        if (failIngest) {
            throw new IngestionException("database unavailable (simulated by the test)");
        }
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
