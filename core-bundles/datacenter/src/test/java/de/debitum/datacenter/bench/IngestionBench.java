package de.debitum.datacenter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/**
 * Ingestion throughput against the raw JDBC limit on PostgreSQL. Not part of the normal test run
 * (the class name does not end in Test); the command is in BENCHMARKS.md. System properties:
 * {@code bench.records} (default 100000, a multiple of ten), {@code bench.batch} (records per
 * ingestion batch, default 10000) and {@code bench.verbose} (print the rate of each batch).
 */
class IngestionBench {

    @Test
    void ingestionAgainstJdbcBaseline() throws Exception {
        long total = Long.getLong("bench.records", 100_000);
        int batchSize = Integer.getInteger("bench.batch", 10_000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultIngestionService ingestion = new DefaultIngestionService(persistence);
            TenantId ingestTenant = tenants.create(TenantId.of("bench-ingest"), "Benchmark ingestion").id();
            TenantId jdbcTenant = tenants.create(TenantId.of("bench-jdbc"), "Benchmark JDBC").id();

            // Warm-up on its own tenant so that class loading and JIT do not count.
            TenantId warmTenant = tenants.create(TenantId.of("bench-warmup"), "Warm-up").id();
            ingestion.ingest(IngestionBatch.of(warmTenant, "bench", "bench", GeneratedRecords.range(0, 2_000)));
            analyze(database);

            long jdbcNanos = 0;
            try (JdbcBaseline baseline = new JdbcBaseline(database.dataSource(), jdbcTenant.value())) {
                for (long from = 0; from < total; from += batchSize) {
                    List<CanonicalRecord> chunk = GeneratedRecords.range(from, Math.min(total, from + batchSize));
                    long start = System.nanoTime();
                    baseline.insert(chunk);
                    jdbcNanos += System.nanoTime() - start;
                    analyze(database);
                }
            }

            long ingestNanos = 0;
            long maxHeapAfterGc = 0;
            long created = 0;
            for (long from = 0; from < total; from += batchSize) {
                List<CanonicalRecord> chunk = GeneratedRecords.range(from, Math.min(total, from + batchSize));
                long start = System.nanoTime();
                ImportReport report = ingestion.ingest(IngestionBatch.of(ingestTenant, "bench", "bench", chunk)
                        .withCheckpoint(String.valueOf(from + chunk.size())));
                long nanos = System.nanoTime() - start;
                ingestNanos += nanos;
                analyze(database);
                created += report.created();
                if (Boolean.getBoolean("bench.verbose")) {
                    System.out.printf(Locale.ROOT, "  batch at %d: %.0f records/s%n", from, chunk.size() / (nanos / 1e9));
                }
                System.gc();
                maxHeapAfterGc = Math.max(maxHeapAfterGc, memory.getHeapMemoryUsage().getUsed());
            }

            double jdbcRate = total / (jdbcNanos / 1e9);
            double ingestRate = total / (ingestNanos / 1e9);
            System.out.printf(Locale.ROOT, "records=%d batch=%d created=%d%n", total, batchSize, created);
            System.out.printf(Locale.ROOT, "jdbc batch insert: %.1f s, %.0f records/s%n", jdbcNanos / 1e9, jdbcRate);
            System.out.printf(Locale.ROOT, "ingestion service: %.1f s, %.0f records/s (%.2fx the JDBC time)%n",
                    ingestNanos / 1e9, ingestRate, jdbcRate / ingestRate);
            System.out.printf(Locale.ROOT, "max heap after GC between batches: %d MiB%n", maxHeapAfterGc / (1024 * 1024));
            persistence.close();
        }
    }

    /**
     * Updates the planner statistics, untimed. This machine's PostgreSQL runs with autovacuum off;
     * without statistics the look-up by external id filters the tenant's whole table instead of
     * using the unique index, and ingestion slows down with every batch.
     */
    private static void analyze(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }
}
