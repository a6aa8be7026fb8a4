package de.debitum.connectorhost.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import de.debitum.api.connector.InstanceState;
import de.debitum.api.model.TenantId;
import de.debitum.connectorhost.internal.HostBench;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultConnectorInstanceStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/**
 * Measures what enabled instances of a cheap connector cost one hub node: heap after GC, live
 * threads and the time until all run, for 1, 100 and 1,000 instances (or the counts given as
 * arguments). Each instance has its own CamelContext with one timer route that fires once an hour.
 *
 * <p>Run: {@code ./mvnw -q -pl core-bundles/connector-host -am install -DskipTests && ./mvnw -q -pl
 * core-bundles/connector-host exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=de.debitum.connectorhost.bench.InstancesPerNodeBench}
 */
public final class InstancesPerNodeBench {

    private InstancesPerNodeBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] counts = args.length == 0 ? new int[] {1, 100, 1000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("instances | start all (ms) | heap after GC (MB) | heap per instance (KB) | live threads");
        for (int count : counts) {
            measure(count);
        }
    }

    private static void measure(int count) throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2)) {
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultConnectorInstanceStore instances = new DefaultConnectorInstanceStore(persistence);
            TenantId tenant = TenantId.of("bench");
            tenants.create(tenant, "Bench GmbH");
            Path folder = Files.createTempDirectory("debitum-bench");

            long heapBefore = usedHeapAfterGc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            HostBench host = new HostBench(instances, new DefaultIngestionService(persistence));
            for (int i = 0; i < count; i++) {
                host.configure(tenant, "bench.timer-" + i, Map.of("folder", folder.toString()));
            }

            long started = System.nanoTime();
            host.reconcile();
            List<InstanceState> states = host.states(tenant);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long running = states.stream().filter(state -> state == InstanceState.RUNNING).count();
            if (running != count) {
                throw new IllegalStateException("Only " + running + " of " + count + " instances run: " + states);
            }
            long heap = usedHeapAfterGc() - heapBefore;
            int threads = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
            System.out.printf("%9d | %14d | %18.1f | %22.0f | %d%n", count, millis, heap / 1048576.0,
                    heap / 1024.0 / count, threads);
            host.close();
            persistence.close();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
