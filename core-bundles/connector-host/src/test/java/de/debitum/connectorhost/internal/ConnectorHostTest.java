package de.debitum.connectorhost.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.model.TenantId;
import de.debitum.api.secret.SecretCipher;
import de.debitum.camel.CamelContextFactory;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultConnectorInstanceStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/** The host against the real datacenter: instances start, fail, stop and come back. */
class ConnectorHostTest {

    private static final Map<TestDatabase.Kind, Datacenter> DATACENTERS = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    @TempDir
    Path folder;

    private DefaultConnectorHost host;
    private Datacenter usedDatacenter;
    private final List<TenantId> usedTenants = new java.util.ArrayList<>();

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    /** One migrated database per kind for the whole class; tests use fresh tenants. */
    private record Datacenter(DatacenterPersistence persistence, DefaultTenantStore tenants,
                              DefaultIngestionService ingestion, DefaultConnectorInstanceStore instances,
                              DefaultPaymentStore payments) {
    }

    private static synchronized Datacenter datacenter(TestDatabase.Kind kind) {
        return DATACENTERS.computeIfAbsent(kind, key -> {
            TestDatabase database = TestDatabase.create(key);
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                persistence.close();
                database.close();
            }));
            return new Datacenter(persistence, new DefaultTenantStore(persistence),
                    new DefaultIngestionService(persistence), new DefaultConnectorInstanceStore(persistence),
                    new DefaultPaymentStore(persistence));
        });
    }

    private TenantId newTenant(Datacenter dc) {
        TenantId tenant = TenantId.of("host-" + TENANTS.incrementAndGet() + "-" + ProcessHandle.current().pid());
        dc.tenants().create(tenant, "Muster GmbH");
        usedDatacenter = dc;
        usedTenants.add(tenant);
        return tenant;
    }

    /** Starts a host whose calls into connector code may take 30 s, more than a loaded machine needs. */
    private DefaultConnectorHost startHost(Datacenter dc) {
        return startHost(dc, 30);
    }

    private DefaultConnectorHost startHost(Datacenter dc, int callTimeoutSeconds) {
        CamelContextFactory camel = (bundle, name) -> {
            DefaultCamelContext context = new DefaultCamelContext();
            context.getCamelContextExtension().setName(name);
            return context;
        };
        host = new DefaultConnectorHost(camel, dc.instances(), dc.ingestion(), config(callTimeoutSeconds), Clock.systemUTC(),
                new SecretCipher(new byte[32]));
        return host;
    }

    /** Stops the host and removes this test's instances, so that later hosts on the shared database ignore them. */
    @AfterEach
    void stopHost() {
        if (host != null) {
            host.deactivate();
        }
        for (TenantId tenant : usedTenants) {
            for (ConnectorInstance instance : usedDatacenter.instances().list(tenant)) {
                usedDatacenter.instances().delete(tenant, instance.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void droppedFilesAreImportedOnce(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        DefaultConnectorHost host = startDropInstance(dc, tenant, inbox);
        Files.write(inbox.resolve("a.txt"), FileDropConnectorType.paymentFile("P-1", "119.00"));
        Files.write(inbox.resolve("b.txt"), FileDropConnectorType.paymentFile("P-2", "20.00"));

        awaitTrue(() -> Files.exists(inbox.resolve(".done/a.txt")) && Files.exists(inbox.resolve(".done/b.txt")));
        assertThat(dc.payments().findByExternalId(tenant, "drop:drop", "P-1")).isPresent();
        assertThat(dc.payments().findByExternalId(tenant, "drop:drop", "P-2")).isPresent();
        InstanceStatus status = onlyStatus(host, tenant);
        assertThat(status.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(status.recordsTotal()).isEqualTo(2);
        assertThat(status.lastSuccess()).isNotNull();
        assertThat(dc.ingestion().checkpoint(tenant, tenant + ".drop")).isPresent();
    }

    /** Starts a host with the drop type and one enabled instance of it reading {@code inbox}. */
    private DefaultConnectorHost startDropInstance(Datacenter dc, TenantId tenant, Path inbox) {
        DefaultConnectorHost host = startHost(dc);
        host.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 1));
        host.configure(tenant, tenant + ".drop", "drop", Map.of("folder", inbox.toString()), true);
        host.reconcileNow();
        return host;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void restartedHostShowsLastRunAndCountsFromStore(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        DefaultConnectorHost host = startDropInstance(dc, tenant, inbox);
        Files.write(inbox.resolve("a.txt"), FileDropConnectorType.paymentFile("P-1", "119.00"));
        awaitTrue(() -> Files.exists(inbox.resolve(".done/a.txt")));
        Files.write(inbox.resolve("b.txt"), FileDropConnectorType.paymentFile("P-2", "20.00"));
        awaitTrue(() -> Files.exists(inbox.resolve(".done/b.txt")));
        InstanceStatus before = onlyStatus(host, tenant);
        assertThat(before.recordsTotal()).isEqualTo(2);

        // The statistics lived in the old host only; the new one reads them from the import batches.
        host.deactivate();
        DefaultConnectorHost restarted = startHost(dc);
        restarted.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 1));
        restarted.reconcileNow();
        awaitTrue(() -> onlyStatus(restarted, tenant).state() == InstanceState.RUNNING);

        InstanceStatus after = onlyStatus(restarted, tenant);
        assertThat(after.lastRun()).isNotNull();
        assertThat(after.lastSuccess()).isNotNull();
        assertThat(after.recordsLastRun()).isEqualTo(1);
        assertThat(after.recordsTotal()).isEqualTo(2);
        assertThat(after.lastFileRejection()).isNull();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectedFileShownUntilNextFileImports(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        DefaultConnectorHost host = startDropInstance(dc, tenant, inbox);

        Files.writeString(inbox.resolve("bad.txt"), "P-1 119.00");
        awaitTrue(() -> Files.exists(inbox.resolve(".done/bad.txt")));

        InstanceStatus rejected = onlyStatus(host, tenant);
        assertThat(rejected.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(rejected.lastFileRejection().fileName()).isEqualTo("bad.txt");
        assertThat(rejected.lastFileRejection().messageDe()).startsWith("Kein Semikolon");
        assertThat(rejected.needsAttention()).isTrue();
        assertThat(dc.ingestion().lastFileRejection(tenant, tenant + ".drop")).contains(rejected.lastFileRejection());

        // A new host reads the rejection back from the store.
        host.deactivate();
        DefaultConnectorHost restarted = startHost(dc);
        restarted.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 1));
        restarted.reconcileNow();
        awaitTrue(() -> onlyStatus(restarted, tenant).state() == InstanceState.RUNNING);
        assertThat(onlyStatus(restarted, tenant).lastFileRejection()).isEqualTo(rejected.lastFileRejection());

        Files.write(inbox.resolve("good.txt"), FileDropConnectorType.paymentFile("P-1", "119.00"));
        awaitTrue(() -> Files.exists(inbox.resolve(".done/good.txt")));
        InstanceStatus imported = onlyStatus(restarted, tenant);
        assertThat(imported.lastFileRejection()).isNull();
        assertThat(imported.needsAttention()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void throwingAndHangingConnectorsFailWhileOtherTenantImports(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId healthy = newTenant(dc);
        TenantId broken = newTenant(dc);
        DefaultConnectorHost host = startHost(dc, 5);
        CountDownLatch release = new CountDownLatch(1);
        host.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 1));
        host.addType(new TypeEntry(new FileDropConnectorType("throws") {
            @Override
            public RoutesBuilder createRoutes(ConnectorContext context) {
                throw new IllegalStateException("source API answered 500");
            }
        }, null, 2));
        host.addType(new TypeEntry(new FileDropConnectorType("hangs") {
            @Override
            public RoutesBuilder createRoutes(ConnectorContext context) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }
        }, null, 3));
        Path inbox = Files.createDirectories(folder.resolve("healthy"));
        host.configure(broken, broken + ".throws", "throws", Map.of("folder", folder.toString()), true);
        host.configure(broken, broken + ".hangs", "hangs", Map.of("folder", folder.toString()), true);
        host.configure(healthy, healthy + ".drop", "drop", Map.of("folder", inbox.toString()), true);

        host.reconcileNow();
        Files.write(inbox.resolve("a.txt"), FileDropConnectorType.paymentFile("H-1", "5.00"));

        // Reconciling again replaces the periodic reconcile, which retries the healthy
        // instance should its start have exceeded 5 s on a loaded machine.
        awaitTrue(() -> {
            host.reconcileNow();
            return Files.exists(inbox.resolve(".done/a.txt"));
        });
        release.countDown();
        assertThat(dc.payments().findByExternalId(healthy, "drop:drop", "H-1")).isPresent();
        Map<String, InstanceStatus> byId = statusById(host, broken);
        assertThat(byId.get(broken + ".throws").state()).isEqualTo(InstanceState.FAILED);
        assertThat(byId.get(broken + ".throws").lastError()).contains("source API answered 500");
        assertThat(byId.get(broken + ".throws").nextAttempt()).isNotNull();
        assertThat(byId.get(broken + ".hangs").state()).isEqualTo(InstanceState.FAILED);
        assertThat(byId.get(broken + ".hangs").lastError()).contains("did not finish within 5 s");
        assertThat(onlyStatus(host, healthy).state()).isEqualTo(InstanceState.RUNNING);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void leavingTypeStopsInstanceAndReturningTypeCatchesUp(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        DefaultConnectorHost host = startHost(dc);
        TypeEntry first = new TypeEntry(new FileDropConnectorType("drop"), null, 10);
        host.addType(first);
        Path inbox = Files.createDirectories(folder.resolve("swap"));
        host.configure(tenant, tenant + ".drop", "drop", Map.of("folder", inbox.toString()), true);
        host.reconcileNow();
        Files.write(inbox.resolve("1.txt"), FileDropConnectorType.paymentFile("S-1", "1.00"));
        awaitTrue(() -> Files.exists(inbox.resolve(".done/1.txt")));

        host.removeType(first);
        host.reconcileNow();
        Files.write(inbox.resolve("2.txt"), FileDropConnectorType.paymentFile("S-2", "2.00"));
        Thread.sleep(300);

        assertThat(onlyStatus(host, tenant).state()).isEqualTo(InstanceState.WAITING_FOR_TYPE);
        assertThat(inbox.resolve("2.txt")).exists();

        host.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 11));
        host.reconcileNow();
        awaitTrue(() -> Files.exists(inbox.resolve(".done/2.txt")));
        assertThat(dc.payments().findByExternalId(tenant, "drop:drop", "S-1")).isPresent();
        assertThat(dc.payments().findByExternalId(tenant, "drop:drop", "S-2")).isPresent();
        assertThat(onlyStatus(host, tenant).state()).isEqualTo(InstanceState.RUNNING);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void secretIsStoredEncryptedAndKeptWhenLeftEmpty(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        DefaultConnectorHost host = startHost(dc);
        FileDropConnectorType type = new FileDropConnectorType("drop");
        host.addType(new TypeEntry(type, null, 1));
        String id = tenant + ".drop";

        host.configure(tenant, id, "drop", Map.of("folder", folder.toString(), "token", "geheim-123"), true);
        host.reconcileNow();
        host.configure(tenant, id, "drop", Map.of("folder", folder.toString(), "token", ""), true);
        host.reconcileNow();

        ConnectorInstance stored = dc.instances().find(tenant, id).orElseThrow();
        assertThat(stored.configuration().get("token")).startsWith(SecretCipher.PREFIX).doesNotContain("geheim");
        assertThat(type.tokensSeen).containsOnly("geheim-123");
        assertThat(host.statuses(tenant).toString()).doesNotContain("geheim");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidConfigurationIsRejectedAndDisableStops(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        DefaultConnectorHost host = startHost(dc);
        host.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 1));
        String id = tenant + ".drop";

        assertThatThrownBy(() -> host.configure(tenant, id, "drop", Map.of("folder", "relative"), true))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("absolute path");
        assertThatThrownBy(() -> host.configure(tenant, id, "nope", Map.of(), true))
                .hasMessageContaining("Connector type 'nope' is not installed");

        host.configure(tenant, id, "drop", Map.of("folder", folder.toString()), true);
        host.reconcileNow();
        assertThat(onlyStatus(host, tenant).state()).isEqualTo(InstanceState.RUNNING);
        assertThat(host.setEnabled(tenant, id, false)).isTrue();
        host.reconcileNow();
        assertThat(onlyStatus(host, tenant).state()).isEqualTo(InstanceState.DISABLED);
        assertThat(host.testConnection(tenant, id).successful()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runNowMakesFileConsumerPollAgain(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        DefaultConnectorHost host = startHost(dc);
        // The consumer polls at start and then once an hour, so only "run now" reads a file dropped later.
        host.addType(new TypeEntry(new FileDropConnectorType("hourly", 3_600_000), null, 1));
        Path inbox = Files.createDirectories(folder.resolve("hourly"));
        String id = tenant + ".hourly";
        host.configure(tenant, id, "hourly", Map.of("folder", inbox.toString()), true);
        host.reconcileNow();
        assertThat(onlyStatus(host, tenant).state()).isEqualTo(InstanceState.RUNNING);
        Thread.sleep(500);
        Files.write(inbox.resolve("late.txt"), FileDropConnectorType.paymentFile("R-1", "12.00"));
        Thread.sleep(1500);
        assertThat(inbox.resolve("late.txt")).as("no poll before run now").exists();

        InstanceStatus status = host.runNow(tenant, id);

        assertThat(status.state()).isEqualTo(InstanceState.RUNNING);
        awaitTrue(() -> Files.exists(inbox.resolve(".done/late.txt")));
        assertThat(dc.payments().findByExternalId(tenant, "drop:hourly", "R-1")).isPresent();
        assertThat(onlyStatus(host, tenant).recordsTotal()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runNowFiresTimerAgain(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        DefaultConnectorHost host = startHost(dc);
        AtomicInteger ticks = new AtomicInteger();
        host.addType(new TypeEntry(new FileDropConnectorType("timer") {
            @Override
            public RoutesBuilder createRoutes(ConnectorContext context) {
                return new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("timer:" + context.instanceId() + "?delay=10&period=3600000")
                                .routeId(context.instanceId() + ".timer")
                                .process(exchange -> ticks.incrementAndGet());
                    }
                };
            }
        }, null, 1));
        String id = tenant + ".timer";
        host.configure(tenant, id, "timer", Map.of("folder", folder.toString()), true);
        host.reconcileNow();
        awaitTrue(() -> ticks.get() == 1);
        Thread.sleep(500);
        assertThat(ticks.get()).as("one tick per hour").isEqualTo(1);

        host.runNow(tenant, id);

        awaitTrue(() -> ticks.get() == 2);
        assertThat(onlyStatus(host, tenant).state()).isEqualTo(InstanceState.RUNNING);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runNowRejectsDisabledAndUnknownInstances(TestDatabase.Kind kind) throws Exception {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        TenantId other = newTenant(dc);
        DefaultConnectorHost host = startHost(dc);
        host.addType(new TypeEntry(new FileDropConnectorType("drop"), null, 1));
        String id = tenant + ".drop";
        host.configure(tenant, id, "drop", Map.of("folder", folder.toString()), false);
        host.reconcileNow();

        assertThatThrownBy(() -> host.runNow(tenant, id))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not run (DISABLED)");
        assertThatThrownBy(() -> host.runNow(other, id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not found");
        assertThatThrownBy(() -> host.runNow(tenant, tenant + ".none"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InstanceStatus onlyStatus(DefaultConnectorHost host, TenantId tenant) {
        List<InstanceStatus> statuses = host.statuses(tenant);
        assertThat(statuses).hasSize(1);
        return statuses.get(0);
    }

    private static Map<String, InstanceStatus> statusById(DefaultConnectorHost host, TenantId tenant) {
        return host.statuses(tenant).stream().collect(java.util.stream.Collectors.toMap(InstanceStatus::instanceId, s -> s));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }

    static DefaultConnectorHost.Config config(int callTimeoutSeconds) {
        return new DefaultConnectorHost.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DefaultConnectorHost.Config.class;
            }

            @Override
            public int reconcileIntervalSeconds() {
                return 1;
            }

            @Override
            public int drainTimeoutSeconds() {
                return 5;
            }

            @Override
            public int callTimeoutSeconds() {
                return callTimeoutSeconds;
            }

            @Override
            public int maximumBackoffSeconds() {
                return 60;
            }

            @Override
            public String secretKeyFile() {
                return "";
            }
        };
    }

}
