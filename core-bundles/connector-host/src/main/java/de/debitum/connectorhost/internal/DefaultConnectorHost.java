package de.debitum.connectorhost.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConfigField;
import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.connector.ConnectorType;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.TenantId;
import de.debitum.api.secret.SecretCipher;
import de.debitum.camel.CamelContextFactory;

/**
 * The connector host: tracks connector types as they come and go, and runs the enabled instances
 * that the instance store describes. Reconciliation runs on the host's own scheduler, never on a
 * framework thread, except that a leaving type's instances are stopped in its unbind callback so
 * that they drain while the type's bundle is still there.
 */
@Component(service = ConnectorHostService.class, immediate = true, configurationPid = "de.debitum.connectorhost")
@Designate(ocd = DefaultConnectorHost.Config.class)
public class DefaultConnectorHost implements ConnectorHostService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultConnectorHost.class);

    @ObjectClassDefinition(name = "Debitum connector host")
    public @interface Config {

        @AttributeDefinition(description = "Seconds between two comparisons of running and desired instances")
        int reconcileIntervalSeconds() default 5;

        @AttributeDefinition(description = "Seconds a stopping instance may take to finish its in-flight exchanges")
        int drainTimeoutSeconds() default 10;

        @AttributeDefinition(description = "Seconds a call into connector code (create routes, test connection) may take")
        int callTimeoutSeconds() default 30;

        @AttributeDefinition(description = "Maximum wait in seconds before a failed instance is tried again")
        int maximumBackoffSeconds() default 300;

        @AttributeDefinition(description = "File with the AES key for connector secrets, unless DEBITUM_SECRET_KEY is set")
        String secretKeyFile() default "";
    }

    private final ConnectorInstanceStore store;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService connectorCalls;
    private final FencedCalls fenced;
    private final SecretCipher cipher;
    private final InstanceSupervisor supervisor;

    @Activate
    public DefaultConnectorHost(@Reference CamelContextFactory camel, @Reference ConnectorInstanceStore store,
            @Reference IngestionService ingestion, Config config) {
        this(camel, store, ingestion, config, Clock.systemUTC(), SecretCipher.load(System.getenv(SecretCipher.KEY_VARIABLE),
                keyFile(config)));
        scheduler.scheduleWithFixedDelay(this::reconcileNow, 0, Math.max(1, config.reconcileIntervalSeconds()),
                TimeUnit.SECONDS);
    }

    /** Creates a host without a periodic reconcile; tests call {@link #reconcileNow()}. */
    DefaultConnectorHost(CamelContextFactory camel, ConnectorInstanceStore store, IngestionService ingestion,
            Config config, Clock clock, SecretCipher cipher) {
        this.store = store;
        this.cipher = cipher;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(named("debitum-connector-host"));
        this.connectorCalls = Executors.newCachedThreadPool(named("debitum-connector-call"));
        this.fenced = new FencedCalls(connectorCalls, Duration.ofSeconds(config.callTimeoutSeconds()));
        this.supervisor = new InstanceSupervisor(camel, ingestion, cipher, fenced, clock,
                Duration.ofSeconds(config.drainTimeoutSeconds()), Duration.ofSeconds(5),
                Duration.ofSeconds(config.maximumBackoffSeconds()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConnectorType(ConnectorType type, ServiceReference<ConnectorType> reference) {
        addType(new TypeEntry(type, reference.getBundle(), (Long) reference.getProperty(Constants.SERVICE_ID)));
    }

    void unbindConnectorType(ConnectorType type, ServiceReference<ConnectorType> reference) {
        removeType(new TypeEntry(type, reference.getBundle(), (Long) reference.getProperty(Constants.SERVICE_ID)));
    }

    void addType(TypeEntry entry) {
        supervisor.typeAdded(entry);
        scheduleReconcile();
    }

    void removeType(TypeEntry entry) {
        supervisor.typeRemoved(entry);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The connector host's reconcile did not finish within 30 s; stopping instances anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        supervisor.stopAll();
        connectorCalls.shutdownNow();
    }

    /** Compares running and desired instances now; failures are logged, never thrown. */
    void reconcileNow() {
        try {
            supervisor.reconcile(store.listAll());
        } catch (RuntimeException e) {
            LOG.warn("Reconciling connector instances failed, next try in the next interval: {}", e.toString());
            LOG.debug("Reconcile failure", e);
        }
    }

    private void scheduleReconcile() {
        if (!scheduler.isShutdown()) {
            scheduler.execute(this::reconcileNow);
        }
    }

    @Override
    public List<ConnectorTypeInfo> types() {
        List<ConnectorTypeInfo> result = new ArrayList<>();
        for (TypeEntry entry : supervisor.types().values()) {
            ConnectorType type = entry.type();
            result.add(new ConnectorTypeInfo(type.id(), type.displayName(), type.version(), type.provides(),
                    type.configFields(), entry.bundleName()));
        }
        result.sort(Comparator.comparing(ConnectorTypeInfo::id));
        return result;
    }

    @Override
    public List<InstanceStatus> statuses() {
        return supervisor.statuses();
    }

    @Override
    public List<InstanceStatus> statuses(TenantId tenant) {
        return supervisor.statuses().stream().filter(status -> status.tenant().equals(tenant)).toList();
    }

    @Override
    public void configure(TenantId tenant, String instanceId, String typeId, Map<String, String> configuration,
            boolean enabled) {
        TypeEntry type = supervisor.types().get(typeId);
        if (type == null) {
            throw new IllegalArgumentException("Connector type '" + typeId + "' is not installed. Installed types: "
                    + String.join(", ", supervisor.types().keySet()) + ".");
        }
        List<ConfigField> fields = type.type().configFields();
        Optional<ConnectorInstance> existing = store.find(tenant, instanceId);
        if (existing.isPresent() && !existing.get().typeId().equals(typeId)) {
            throw new IllegalArgumentException("Connector instance '" + instanceId + "' runs type '"
                    + existing.get().typeId() + "'; delete it before reusing its id for type '" + typeId + "'.");
        }

        Map<String, String> plain = new LinkedHashMap<>(configuration);
        Map<String, String> stored = new LinkedHashMap<>(configuration);
        for (ConfigField field : fields) {
            if (!field.secret()) {
                continue;
            }
            String given = configuration.get(field.key());
            String previous = existing.map(instance -> instance.configuration().get(field.key())).orElse(null);
            if ((given == null || given.isEmpty()) && previous != null) {
                plain.put(field.key(), cipher.decrypt(previous));
                stored.put(field.key(), previous);
            } else if (given != null && !given.isEmpty()) {
                stored.put(field.key(), cipher.encrypt(given));
            }
        }
        ConnectorConfig.of(fields, plain);
        store.save(new ConnectorInstance(instanceId, tenant, typeId, stored, enabled));
        LOG.info("Connector instance {} of tenant {} configured (type {}, enabled {})", instanceId, tenant, typeId, enabled);
        scheduleReconcile();
    }

    @Override
    public boolean setEnabled(TenantId tenant, String instanceId, boolean enabled) {
        Optional<ConnectorInstance> existing = store.find(tenant, instanceId);
        if (existing.isEmpty()) {
            return false;
        }
        store.save(existing.get().withEnabled(enabled));
        LOG.info("Connector instance {} of tenant {} {}", instanceId, tenant, enabled ? "enabled" : "disabled");
        scheduleReconcile();
        return true;
    }

    @Override
    public ConnectionTestResult testConnection(TenantId tenant, String instanceId) {
        ConnectorInstance instance = store.find(tenant, instanceId).orElseThrow(() -> new IllegalArgumentException(
                "Connector instance '" + instanceId + "' of tenant " + tenant + " not found."));
        TypeEntry type = supervisor.types().get(instance.typeId());
        if (type == null) {
            return ConnectionTestResult.failed(LocalizedText.of(
                    "Der Konnektortyp " + instance.typeId() + " ist nicht installiert.",
                    "Connector type " + instance.typeId() + " is not installed."));
        }
        try {
            ConnectorConfig config = ConnectorConfig.of(type.type().configFields(),
                    supervisor.decryptSecrets(type.type().configFields(), instance.configuration()));
            return fenced.call("Testing the connection of " + instance.typeId(), () -> type.type().testConnection(config));
        } catch (RuntimeException e) {
            return ConnectionTestResult.failed(LocalizedText.of("Verbindungstest fehlgeschlagen: " + e.getMessage(),
                    "Connection test failed: " + e.getMessage()));
        }
    }

    @Override
    public InstanceStatus runNow(TenantId tenant, String instanceId) {
        store.find(tenant, instanceId).orElseThrow(() -> new IllegalArgumentException(
                "Connector instance '" + instanceId + "' of tenant " + tenant + " not found."));
        if (!supervisor.restartRoutes(instanceId)) {
            InstanceState state = status(tenant, instanceId).map(InstanceStatus::state).orElse(InstanceState.STARTING);
            throw new IllegalStateException("Connector instance '" + instanceId + "' of tenant " + tenant
                    + " does not run (" + state + "), so it cannot read its source now. Enable it or fix its"
                    + " error first.");
        }
        return status(tenant, instanceId).orElseThrow();
    }

    private Optional<InstanceStatus> status(TenantId tenant, String instanceId) {
        return statuses(tenant).stream().filter(status -> status.instanceId().equals(instanceId)).findFirst();
    }

    private static Path keyFile(Config config) {
        if (config.secretKeyFile() != null && !config.secretKeyFile().isBlank()) {
            return Path.of(config.secretKeyFile());
        }
        return Path.of(System.getProperty("karaf.etc", "etc"), "debitum-secret.key");
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
