package de.debitum.testing.connector;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.ConnectorType;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/**
 * One instance of a connector type running on its own CamelContext outside the hub, as the
 * connector host runs it: the configuration is checked against the type's fields, and the routes
 * store through an {@link IngestionService}. Our connectors pass the real datacenter's service; a
 * partner's unit test can pass a {@link RecordingIngestion}.
 *
 * <pre>{@code
 * try (ConnectorTestInstance instance = ConnectorTestInstance.of(new MyConnectorType("1.0.0"))
 *         .settings(Map.of("folder", inbox.path().toString()))
 *         .start()) {
 *     inbox.dropAndAwait("payments.csv", bytes);
 *     assertEquals(3, instance.reports().get(0).created());
 * }
 * }</pre>
 */
public final class ConnectorTestInstance implements ConnectorContext, AutoCloseable {

    private final ConnectorType type;
    private final TenantId tenant;
    private final String instanceId;
    private final ConnectorConfig config;
    private final IngestionService ingestion;
    private final Clock clock;
    private final Logger log;
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final List<ImportReport> reports = new CopyOnWriteArrayList<>();
    private final List<ImportReport> fileRejections = new CopyOnWriteArrayList<>();
    private final AtomicInteger ingestCalls = new AtomicInteger();
    private volatile boolean failIngest;

    private ConnectorTestInstance(Builder builder) {
        this.type = builder.type;
        this.tenant = builder.tenant;
        this.instanceId = builder.instanceId != null ? builder.instanceId
                : tenant.value() + "." + builder.type.id();
        this.config = ConnectorConfig.of(builder.type.configFields(), builder.settings);
        this.ingestion = builder.ingestion;
        this.clock = builder.clock;
        this.failIngest = builder.failIngest;
        this.log = LoggerFactory.getLogger("test." + instanceId);
    }

    /** Starts the description of an instance of {@code type}; {@link Builder#start()} runs it. */
    public static Builder of(ConnectorType type) {
        return new Builder(type);
    }

    /**
     * Creates the type's routes for this instance, for a CamelContext of the test's own, such as
     * the one of Camel's {@code CamelTestSupport}. Instances from {@link Builder#start()} run them already.
     */
    public RoutesBuilder routes() {
        return type.createRoutes(this);
    }

    /** Returns the CamelContext that {@link Builder#start()} runs the routes on; unused after {@link Builder#build()}. */
    public CamelContext camel() {
        return camel;
    }

    /** Returns a read-only live view of every report that a successful ingest returned, in order. */
    public List<ImportReport> reports() {
        return Collections.unmodifiableList(reports);
    }

    /** Returns a read-only live view of every report that a successful rejectFile returned, in order. */
    public List<ImportReport> fileRejections() {
        return Collections.unmodifiableList(fileRejections);
    }

    /** Returns the number of ingest calls, failed ones included. */
    public int ingestCalls() {
        return ingestCalls.get();
    }

    /**
     * Makes every following ingest and rejectFile fail with an {@link IngestionException}, as they do
     * while the database is down.
     */
    public void failIngest(boolean fail) {
        this.failIngest = fail;
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
        return ingestion.checkpoint(tenant, instanceId).map(Checkpoint::value);
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
        ImportReport report = ingestion.ingest(batch);
        reports.add(report);
        return report;
    }

    @Override
    public ImportReport rejectFile(String source, String fileName, LocalizedText reason) {
        if (failIngest) {
            throw new IngestionException("database unavailable (simulated by the test)");
        }
        ImportReport report = ingestion.rejectFile(tenant, instanceId, source,
                new FileRejection(fileName, reason.de(), reason.en()));
        fileRejections.add(report);
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

    /** The tenant, configuration and ingestion of an instance before it starts. */
    public static final class Builder {

        private final ConnectorType type;
        private TenantId tenant = TenantId.of("test");
        private String instanceId;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private IngestionService ingestion = new RecordingIngestion();
        private Clock clock = Clock.systemUTC();
        private boolean failIngest;

        private Builder(ConnectorType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Sets the tenant; default {@code test}. */
        public Builder tenant(TenantId value) {
            this.tenant = Objects.requireNonNull(value, "tenant");
            return this;
        }

        /** Sets the instance id; default the tenant and the type id joined by a dot. */
        public Builder instanceId(String value) {
            this.instanceId = Objects.requireNonNull(value, "instanceId");
            return this;
        }

        /** Adds configuration values; fields left out take their default. */
        public Builder settings(Map<String, String> values) {
            settings.putAll(values);
            return this;
        }

        /** Adds one configuration value. */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        /** Sets one configuration value unless one is set already. */
        public Builder settingIfAbsent(String key, String value) {
            settings.putIfAbsent(key, value);
            return this;
        }

        /** Sets where batches go; default a new {@link RecordingIngestion}. */
        public Builder ingestion(IngestionService value) {
            this.ingestion = Objects.requireNonNull(value, "ingestion");
            return this;
        }

        /** Sets the clock the routes get; default the system clock in UTC. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Starts with every ingest failing until {@link ConnectorTestInstance#failIngest(boolean)} clears it. */
        public Builder failIngest(boolean value) {
            this.failIngest = value;
            return this;
        }

        /**
         * Checks the configuration and returns the instance without starting any route; add
         * {@link ConnectorTestInstance#routes()} to a CamelContext of your own.
         *
         * @throws de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException when a value is missing or invalid
         */
        public ConnectorTestInstance build() {
            return new ConnectorTestInstance(this);
        }

        /**
         * Checks the configuration, adds the type's routes to a new CamelContext and starts it.
         *
         * @throws de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException when a value is missing or invalid
         */
        public ConnectorTestInstance start() throws Exception {
            ConnectorTestInstance instance = build();
            try {
                instance.camel.addRoutes(instance.routes());
                instance.camel.start();
            } catch (Exception | Error e) {
                instance.close();
                throw e;
            }
            return instance;
        }
    }
}
