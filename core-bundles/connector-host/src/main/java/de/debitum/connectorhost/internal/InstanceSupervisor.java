package de.debitum.connectorhost.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConfigField;
import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.ingest.ImportHistory;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.secret.SecretCipher;
import de.debitum.camel.CamelContextFactory;
import de.debitum.connectorhost.internal.FencedCalls.FencedCallException;

/**
 * Keeps the running connector instances in line with their desired state and the installed
 * connector types. Every method that starts or stops instances is synchronized, so the reconcile
 * loop and the type callbacks never act on one instance at the same time.
 */
final class InstanceSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceSupervisor.class);

    private final CamelContextFactory camel;
    private final IngestionService ingestion;
    private final SecretCipher cipher;
    private final FencedCalls fenced;
    private final Clock clock;
    private final Duration drainTimeout;
    private final Duration initialBackoff;
    private final Duration maximumBackoff;

    private final Map<String, TypeEntry> types = new ConcurrentHashMap<>();
    private final Map<String, RunningInstance> running = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, String> runtimeErrors = new ConcurrentHashMap<>();
    private volatile List<ConnectorInstance> lastDesired = List.of();

    InstanceSupervisor(CamelContextFactory camel, IngestionService ingestion, SecretCipher cipher, FencedCalls fenced,
            Clock clock, Duration drainTimeout, Duration initialBackoff, Duration maximumBackoff) {
        this.camel = camel;
        this.ingestion = ingestion;
        this.cipher = cipher;
        this.fenced = fenced;
        this.clock = clock;
        this.drainTimeout = drainTimeout;
        this.initialBackoff = initialBackoff;
        this.maximumBackoff = maximumBackoff;
    }

    Map<String, TypeEntry> types() {
        return Map.copyOf(types);
    }

    void typeAdded(TypeEntry entry) {
        String typeId = entry.type().id();
        types.put(typeId, entry);
        failures.values().removeIf(failure -> failure.failedWith().typeId().equals(typeId)
                && failure.state() == InstanceState.FAILED);
        LOG.info("Connector type {} {} available from bundle {}", typeId, entry.type().version(), entry.bundleName());
    }

    /**
     * Stops every instance of the type, waiting up to the drain timeout for in-flight exchanges,
     * before the type's bundle goes away. Input that did not finish stays unconsumed.
     */
    synchronized void typeRemoved(TypeEntry entry) {
        String typeId = entry.type().id();
        types.remove(typeId, entry);
        for (RunningInstance instance : List.copyOf(running.values())) {
            if (instance.type().serviceId() == entry.serviceId()) {
                stop(instance, "its connector type " + typeId + " is going away");
            }
        }
    }

    /** Brings the running instances in line with {@code desired}. */
    synchronized void reconcile(List<ConnectorInstance> desired) {
        lastDesired = List.copyOf(desired);
        Map<String, ConnectorInstance> byId = new HashMap<>();
        for (ConnectorInstance instance : desired) {
            byId.put(instance.id(), instance);
        }

        for (RunningInstance instance : List.copyOf(running.values())) {
            ConnectorInstance wanted = byId.get(instance.startedFrom().id());
            TypeEntry currentType = wanted == null ? null : types.get(wanted.typeId());
            if (wanted == null || !wanted.enabled()) {
                stop(instance, "it was disabled or removed");
            } else if (!wanted.equals(instance.startedFrom())) {
                stop(instance, "its configuration changed");
            } else if (currentType == null || currentType.serviceId() != instance.type().serviceId()) {
                stop(instance, "its connector type changed");
            }
        }
        failures.keySet().removeIf(id -> !byId.containsKey(id));

        Instant now = clock.instant();
        for (ConnectorInstance instance : desired) {
            if (!instance.enabled() || running.containsKey(instance.id())) {
                continue;
            }
            TypeEntry type = types.get(instance.typeId());
            if (type == null) {
                continue;
            }
            Failure failure = failures.get(instance.id());
            boolean changedSinceFailure = failure != null && !failure.failedWith().equals(instance);
            if (failure != null && !changedSinceFailure
                    && (failure.state() == InstanceState.INVALID_CONFIGURATION || now.isBefore(failure.nextAttempt()))) {
                continue;
            }
            start(instance, type, changedSinceFailure ? null : failure);
        }
    }

    private void start(ConnectorInstance instance, TypeEntry type, Failure previous) {
        ConnectorConfig config;
        try {
            config = ConnectorConfig.of(type.type().configFields(), decryptSecrets(type.type().configFields(),
                    instance.configuration()));
        } catch (IllegalArgumentException e) {
            recordFailure(instance, InstanceState.INVALID_CONFIGURATION, e.getMessage(), previous);
            return;
        }

        InstanceStatistics statistics = new InstanceStatistics(importHistory(instance));
        HostConnectorContext context = new HostConnectorContext(instance.tenant(), instance.id(), instance.typeId(), config,
                ingestion, clock, statistics);
        CamelContext camelContext = null;
        try {
            RoutesBuilder routes = fenced.call("Creating the routes of connector " + instance.typeId(),
                    () -> type.type().createRoutes(context));
            camelContext = camel.create(type.bundle(), instance.id());
            camelContext.getShutdownStrategy().setTimeout(drainTimeout.toMillis());
            camelContext.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
            camelContext.getManagementStrategy().addEventNotifier(new FailureNotifier(instance.id()));
            CamelContext toStart = camelContext;
            fenced.call("Starting the routes of connector " + instance.typeId(), () -> {
                toStart.addRoutes(routes);
                toStart.start();
                return null;
            });
            running.put(instance.id(), new RunningInstance(instance, type, camelContext, statistics));
            failures.remove(instance.id());
            runtimeErrors.remove(instance.id());
            LOG.info("Started connector instance {} of tenant {} on type {} {}", instance.id(), instance.tenant(),
                    instance.typeId(), type.type().version());
        } catch (RuntimeException e) {
            if (camelContext != null) {
                stopQuietly(camelContext, instance.id());
            }
            String message = e instanceof FencedCallException ? e.getMessage()
                    : "Starting connector " + instance.typeId() + " failed: " + FencedCalls.describe(e);
            recordFailure(instance, InstanceState.FAILED, message, previous);
        }
    }

    private void stop(RunningInstance instance, String reason) {
        String id = instance.startedFrom().id();
        running.remove(id);
        long started = System.nanoTime();
        try {
            fenced.call("Stopping connector instance " + id, () -> {
                instance.context().stop();
                return null;
            });
            LOG.info("Stopped connector instance {} of tenant {} in {} ms because {}", id, instance.startedFrom().tenant(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), reason);
        } catch (FencedCallException e) {
            LOG.warn("Connector instance {} of tenant {} did not stop cleanly: {}", id, instance.startedFrom().tenant(),
                    e.getMessage());
        }
    }

    private void stopQuietly(CamelContext context, String instanceId) {
        try {
            fenced.call("Stopping connector instance " + instanceId, () -> {
                context.stop();
                return null;
            });
        } catch (FencedCallException e) {
            LOG.debug("Instance {} failed to stop after a failed start; it is dropped anyway: {}", instanceId, e.getMessage());
        }
    }

    private void recordFailure(ConnectorInstance instance, InstanceState state, String message, Failure previous) {
        Instant now = clock.instant();
        int attempts = previous == null ? 1 : previous.attempts() + 1;
        Instant next = state == InstanceState.FAILED ? Failure.nextAttempt(now, attempts, initialBackoff, maximumBackoff) : null;
        failures.put(instance.id(), new Failure(state, message, now, attempts, next, instance));
        LOG.warn("Connector instance {} of tenant {} is {} (attempt {}): {}", instance.id(), instance.tenant(), state,
                attempts, message);
    }

    /** Decrypts the stored secret values; the returned map must never be logged. */
    Map<String, String> decryptSecrets(List<ConfigField> fields, Map<String, String> stored) {
        Map<String, String> plain = new LinkedHashMap<>(stored);
        for (ConfigField field : fields) {
            String value = stored.get(field.key());
            if (field.secret() && SecretCipher.isEncrypted(value)) {
                plain.put(field.key(), cipher.decrypt(value));
            }
        }
        return plain;
    }

    /**
     * Restarts the routes of a running instance one by one, each drained within the drain timeout,
     * so that its polling consumers poll again once their initial delay has passed. When a route
     * does not restart, the instance is stopped and counts as failed, so the reconcile loop starts
     * it again with back-off.
     *
     * @return false when the instance does not run, so nothing was restarted
     * @throws IllegalStateException with the cause when a route did not stop or start
     */
    synchronized boolean restartRoutes(String instanceId) {
        RunningInstance instance = running.get(instanceId);
        if (instance == null) {
            return false;
        }
        CamelContext context = instance.context();
        long started = System.nanoTime();
        try {
            fenced.call("Restarting the routes of connector instance " + instanceId, () -> {
                for (Route route : List.copyOf(context.getRoutes())) {
                    context.getRouteController().stopRoute(route.getRouteId());
                    context.getRouteController().startRoute(route.getRouteId());
                }
                return null;
            });
        } catch (FencedCallException e) {
            stop(instance, "its routes did not restart");
            recordFailure(instance.startedFrom(), InstanceState.FAILED, e.getMessage(), failures.get(instanceId));
            throw new IllegalStateException(e.getMessage(), e);
        }
        LOG.info("Restarted the routes of connector instance {} of tenant {} in {} ms to read its source now",
                instanceId, instance.startedFrom().tenant(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return true;
    }

    /** Stops every running instance, for the host's deactivation. */
    synchronized void stopAll() {
        for (RunningInstance instance : List.copyOf(running.values())) {
            stop(instance, "the connector host is stopping");
        }
    }

    /** Describes the state of every desired instance now. */
    List<InstanceStatus> statuses() {
        List<InstanceStatus> result = new ArrayList<>();
        for (ConnectorInstance instance : lastDesired) {
            result.add(status(instance));
        }
        return result;
    }

    private InstanceStatus status(ConnectorInstance instance) {
        RunningInstance run = running.get(instance.id());
        Failure failure = failures.get(instance.id());
        TypeEntry type = types.get(instance.typeId());
        InstanceState state;
        if (!instance.enabled()) {
            state = InstanceState.DISABLED;
        } else if (run != null) {
            state = InstanceState.RUNNING;
        } else if (type == null) {
            state = InstanceState.WAITING_FOR_TYPE;
        } else if (failure != null) {
            state = failure.state();
        } else {
            state = InstanceState.STARTING;
        }
        InstanceStatistics.Snapshot numbers = run == null ? new InstanceStatistics.Snapshot(null, null, 0, 0, null)
                : run.statistics().snapshot();
        String error = failure != null ? failure.message() : runtimeErrors.get(instance.id());
        Instant errorAt = failure != null ? failure.at() : null;
        return new InstanceStatus(instance.id(), instance.tenant(), instance.typeId(),
                type == null ? null : type.type().version(), state, numbers.lastRun(), numbers.lastSuccess(),
                numbers.recordsLastRun(), numbers.recordsTotal(), error, errorAt,
                failure == null ? null : failure.nextAttempt(), numbers.lastFileRejection());
    }

    /**
     * Reads the instance's earlier import batches, so that its status shows its last run, its
     * record counts and a rejected last file again after a restart. A failed read is logged and
     * starts the instance without them.
     */
    private ImportHistory importHistory(ConnectorInstance instance) {
        try {
            return ingestion.importHistory(instance.tenant(), instance.id());
        } catch (RuntimeException e) {
            LOG.warn("Reading the import history of connector instance {} of tenant {} failed; its status starts"
                    + " without last run and counts: {}", instance.id(), instance.tenant(), e.toString());
            LOG.debug("Import history read failure", e);
            return ImportHistory.NONE;
        }
    }

    /** Keeps the last failed exchange of a running instance for its status. */
    private final class FailureNotifier extends EventNotifierSupport {

        private final String instanceId;

        FailureNotifier(String instanceId) {
            this.instanceId = instanceId;
        }

        @Override
        public void notify(CamelEvent event) {
            if (event instanceof CamelEvent.ExchangeFailedEvent failed) {
                Throwable cause = failed.getExchange().getException();
                runtimeErrors.put(instanceId, clock.instant() + " " + (cause == null ? "exchange failed"
                        : FencedCalls.describe(cause)));
            }
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeFailedEvent;
        }
    }
}
