package de.debitum.dunning.internal.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultCoverageService;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDunningStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.dunning.internal.calculation.BaseRateTable;
import de.debitum.dunning.run.RunResult;
import de.debitum.testing.TestDatabase;

/**
 * A dunning run over a large tenant on PostgreSQL: {@code bench.items} open invoices (default
 * 1,000,000) of {@code bench.items / 10} debtors, of which {@code bench.items / 10} are overdue (two
 * on every other debtor). Not part of the normal test run (the class name does not end in Test);
 * the command is in BENCHMARKS.md.
 *
 * <p>The rows are written with set-based SQL (untimed), so the figures are those of the preview,
 * the run and a second run on the same day. Memory is the peak heap use during each phase, read
 * from the JVM's memory pools after a reset.
 */
class DunningRunBench {

    private static final LocalDate DUE_OVERDUE = LocalDate.of(2025, 1, 13);
    private static final LocalDate DUE_LATER = LocalDate.of(2025, 2, 28);
    private static final LocalDate RUN_DATE = LocalDate.of(2025, 1, 23);

    @Test
    void runOverLargeTenant() throws Exception {
        long items = Long.getLong("bench.items", 1_000_000);
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            TenantId tenant = new DefaultTenantStore(persistence).create(TenantId.of("bench-dunning"), "Bench").id();

            long setupStart = System.nanoTime();
            generate(database, tenant, items);
            System.out.printf(Locale.ROOT, "setup: %d invoices, %d debtors, %d overdue in %.1f s (untimed)%n", items,
                    items / 10, items / 10, (System.nanoTime() - setupStart) / 1e9);

            DefaultDunningRunService service = new DefaultDunningRunService(new DefaultDunningStore(persistence),
                    new DefaultAllocationStore(persistence), new DefaultDebtorStore(persistence),
                    new DefaultCoverageService(persistence), BaseRateTable.bundled(), Clock.systemUTC());

            measure("preview", () -> service.preview(tenant, RUN_DATE));
            measure("run", () -> service.run(tenant, RUN_DATE, "bench"));
            measure("rerun same day", () -> service.run(tenant, RUN_DATE, "bench"));
            persistence.close();
        }
    }

    private static void measure(String phase, java.util.function.Supplier<RunResult> work) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        RunResult result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(Locale.ROOT, "%s: %.1f s, %d items checked, %d notices, %d skipped, %.0f items/s,"
                        + " peak heap %d MiB (max heap %d MiB)%n", phase, seconds, result.itemsChecked(), result.noticeCount(),
                result.skipCount(), result.itemsChecked() / seconds, peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * Writes debtors, invoices and coverage with set-based SQL. Invoice i (from 1) belongs to
     * debtor (i - 1) / 10 + 1; the first two invoices of every odd debtor are overdue.
     */
    private static void generate(TestDatabase database, TenantId tenant, long items) throws SQLException {
        long debtors = items / 10;
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement debtor = connection.prepareStatement(
                    "INSERT INTO debtor (id, tenant_id, source, external_id, customer_number, name, address_line1,"
                            + " postal_code, city, country_code, language, consumer, content_hash, created_at, updated_at)"
                            + " SELECT g, ?, 'erp', 'D' || g, 'K' || g, 'Kunde ' || g, 'Hauptstraße ' || g, '04109',"
                            + " 'Leipzig', 'DE', 'de', (g % 3 = 0), 'x', now(), now() FROM generate_series(1, ?) g")) {
                debtor.setString(1, tenant.value());
                debtor.setLong(2, debtors);
                debtor.executeUpdate();
            }
            try (PreparedStatement document = connection.prepareStatement(
                    "INSERT INTO document (id, tenant_id, debtor_id, source, external_id, kind, document_number,"
                            + " issue_date, due_date, currency, net_total, tax_total, gross_total, amount_due, safe_source,"
                            + " content_hash, created_at, updated_at)"
                            + " SELECT g, ?, (g - 1) / 10 + 1, 'erp', 'R' || g, 'INVOICE', 'RE-' || g, DATE '2024-12-30',"
                            + " CASE WHEN ((g - 1) / 10) % 2 = 0 AND (g - 1) % 10 < 2 THEN ? ELSE ? END,"
                            + " 'EUR', 100.00, 19.00, 119.00, 119.00, TRUE, 'x', now(), now() FROM generate_series(1, ?) g")) {
                document.setString(1, tenant.value());
                document.setObject(2, DUE_OVERDUE);
                document.setObject(3, DUE_LATER);
                document.setLong(4, items);
                document.executeUpdate();
            }
            try (PreparedStatement coverage = connection.prepareStatement(
                    "INSERT INTO source_coverage (id, tenant_id, source, data_kind, covered_from, covered_to) VALUES"
                            + " (1, ?, 'erp', 'INVOICES', DATE '2024-12-01', DATE '2025-12-31'),"
                            + " (2, ?, 'bank', 'PAYMENTS', DATE '2024-12-01', DATE '2025-12-31')")) {
                coverage.setString(1, tenant.value());
                coverage.setString(2, tenant.value());
                coverage.executeUpdate();
            }
            // Move the sequences past the generated ids so that later inserts do not collide.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT setval('debtor_seq', " + (debtors + 1000) + ")");
                statement.execute("SELECT setval('document_seq', " + (items + 1000) + ")");
                statement.execute("SELECT setval('source_coverage_seq', 1000)");
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("ANALYZE");
            }
        }
    }
}
