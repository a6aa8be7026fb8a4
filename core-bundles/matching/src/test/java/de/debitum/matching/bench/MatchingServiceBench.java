package de.debitum.matching.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultMatchReviewStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.matching.MatchRun;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.matching.internal.engine.DebtorProfile;
import de.debitum.matching.internal.engine.OpenInvoice;
import de.debitum.matching.internal.service.DefaultMatchingService;
import de.debitum.testing.TestDatabase;

/**
 * Measures {@link DefaultMatchingService#match} on PostgreSQL: the {@link GermanTenantGenerator}
 * tenant is written through the ingestion service into a fresh database (untimed), then one run
 * over the whole year is timed, and its quality is read back from the allocation and suggestion
 * tables. Not part of the normal test run (the class name does not end in Test); the command is in
 * BENCHMARKS.md. System properties: {@code bench.invoices} (default 10000), {@code bench.seed}
 * (default 20261204) and {@code bench.bar} (confidence bar, default that of
 * {@link MatchingSettings#DEFAULTS}).
 */
class MatchingServiceBench {

    /** Records per ingestion batch. */
    private static final int BATCH = 10_000;
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 2, 1);
    private static final Instant NOW = Instant.parse("2026-02-02T00:00:00Z");

    @Test
    void matchingRunOnPostgres() throws Exception {
        int size = Integer.getInteger("bench.invoices", 10_000);
        if (size < 100 || size > 2_000_000) {
            throw new IllegalArgumentException("Invalid bench.invoices " + size + ": use 100 to 2000000 invoices.");
        }
        long seed = Long.getLong("bench.seed", 20261204L);
        MatchingSettings settings = System.getProperty("bench.bar") == null ? MatchingSettings.DEFAULTS
                : new MatchingSettings(new BigDecimal(System.getProperty("bench.bar")),
                        MatchingSettings.DEFAULTS.feeTolerance());
        GermanTenantGenerator.Tenant generated = GermanTenantGenerator.generate(size, seed);

        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            TenantId tenant = new DefaultTenantStore(persistence).create(TenantId.of("bench-gmbh"), "Bench GmbH").id();
            long ingestStart = System.nanoTime();
            ingest(new DefaultIngestionService(persistence), database, tenant, generated);
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;

            DefaultMatchingService matching = new DefaultMatchingService(new DefaultAllocationStore(persistence),
                    new DefaultDocumentStore(persistence), new DefaultPaymentStore(persistence),
                    new DefaultDebtorStore(persistence), new DefaultMatchReviewStore(persistence),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();
            MatchRun run = matching.match(tenant, FROM, TO, settings);
            double seconds = (System.nanoTime() - start) / 1e9;

            System.out.printf(Locale.ROOT, "%n%,d invoices, %,d debtors, %,d payments (seed %d, confidence bar %s)%n",
                    size, generated.debtors().size(), generated.payments().size(), seed, settings.confidenceBar());
            System.out.printf(Locale.ROOT, "ingestion (untimed part): %.1f s for %,d records%n", ingestSeconds,
                    generated.debtors().size() + generated.invoices().size() + generated.payments().size());
            System.out.printf(Locale.ROOT, "matching run: %.1f s, %,.0f payments/s; %,d decided, %,d automatic,"
                            + " %,d suggestions, %,d unmatched, %,d allocations stored; heap after GC before the run"
                            + " %d MiB, after %d MiB%n", seconds, run.decided() / seconds, run.decided(),
                    run.count(Outcome.AUTOMATIC), run.count(Outcome.SUGGESTION), run.count(Outcome.UNMATCHED),
                    run.storedCount(), heapBefore >> 20, usedHeapAfterGc() >> 20);
            report(database, tenant, generated);

            // Autovacuum is off on this machine's PostgreSQL; without fresh statistics the second
            // run's queries plan for the empty allocation table.
            analyze(database);
            long againStart = System.nanoTime();
            MatchRun again = matching.match(tenant, FROM, TO, settings);
            System.out.printf(Locale.ROOT, "second run over the same data: %.1f s, %,d allocated before, %,d decided,"
                            + " %,d allocations stored%n", (System.nanoTime() - againStart) / 1e9, again.allocatedBefore(),
                    again.decided(), again.storedCount());
            // The first run settled invoices that made other payments ambiguous, so the second
            // run reads fewer open items and may allocate some of those payments.
            report(database, tenant, generated);
            persistence.close();
        }
    }

    /** Writes debtors, invoices and payments through ingestion, with external ids d&lt;id&gt;, i&lt;id&gt; and tx&lt;n&gt;. */
    private static void ingest(DefaultIngestionService ingestion, TestDatabase database, TenantId tenant,
                               GermanTenantGenerator.Tenant generated) throws SQLException {
        List<CanonicalRecord> records = new ArrayList<>();
        for (DebtorProfile debtor : generated.debtors()) {
            records.add(new DebtorData("d" + debtor.id(), debtor.customerNumber(), debtor.name(), null, null, "de",
                    false, null, null, debtor.ibans()));
            flush(ingestion, database, tenant, "erp", records, false);
        }
        flush(ingestion, database, tenant, "erp", records, true);
        for (OpenInvoice invoice : generated.invoices()) {
            Money gross = invoice.amountDue();
            records.add(new DocumentData("i" + invoice.documentId(), "d" + invoice.debtorId(), invoice.kind(),
                    invoice.number(), invoice.issueDate(), invoice.dueDate(), null, null, Money.EUR,
                    List.of(new VatLine("S", new BigDecimal("19.00"), gross, Money.euro("0"))), gross, invoice.terms(),
                    null, null, null, null, true));
            flush(ingestion, database, tenant, "erp", records, false);
        }
        flush(ingestion, database, tenant, "erp", records, true);
        for (GermanTenantGenerator.TruePayment payment : generated.payments()) {
            records.add(payment.payment().data());
            flush(ingestion, database, tenant, "bank", records, false);
        }
        flush(ingestion, database, tenant, "bank", records, true);
    }

    private static void flush(DefaultIngestionService ingestion, TestDatabase database, TenantId tenant, String source,
                              List<CanonicalRecord> records, boolean force) throws SQLException {
        if (records.isEmpty() || (!force && records.size() < BATCH)) {
            return;
        }
        ingestion.ingest(IngestionBatch.of(tenant, source, source, List.copyOf(records)));
        records.clear();
        // This machine's PostgreSQL runs with autovacuum off: without statistics the look-ups by
        // external id scan the table and ingestion slows down with every batch.
        analyze(database);
    }

    private static void analyze(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** Reads the run's allocations and open suggestions back and prints the quality table. */
    private static void report(TestDatabase database, TenantId tenant, GermanTenantGenerator.Tenant generated)
            throws SQLException {
        Map<String, Long> documentIds = new HashMap<>();
        Map<Long, String> paymentExternalIds = new HashMap<>();
        Map<String, Set<Long>> automatic = new HashMap<>();
        Map<String, String> firstSuggestion = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection()) {
            query(connection, "SELECT external_id, id FROM document WHERE tenant_id = ?", tenant,
                    rows -> documentIds.put(rows.getString(1), rows.getLong(2)));
            query(connection, "SELECT id, external_id FROM payment WHERE tenant_id = ?", tenant,
                    rows -> paymentExternalIds.put(rows.getLong(1), rows.getString(2)));
            query(connection, "SELECT payment_id, document_id FROM allocation WHERE tenant_id = ? AND kind = 'PAYMENT'"
                            + " AND user_name IS NULL AND rule_name IS NOT NULL AND reverses_id IS NULL", tenant,
                    rows -> automatic.computeIfAbsent(paymentExternalIds.get(rows.getLong(1)), unused -> new TreeSet<>())
                            .add(rows.getLong(2)));
            query(connection, "SELECT payment_id, document_key FROM match_suggestion WHERE tenant_id = ?"
                    + " AND state = 'OPEN' AND suggestion_rank = 1", tenant,
                    rows -> firstSuggestion.put(paymentExternalIds.get(rows.getLong(1)), rows.getString(2)));
        }

        Map<Long, Long> generatorIds = new HashMap<>();
        documentIds.forEach((externalId, id) -> generatorIds.put(id, Long.parseLong(externalId.substring(1))));
        Map<Long, OpenInvoice> invoices = new HashMap<>();
        generated.invoices().forEach(invoice -> invoices.put(invoice.documentId(), invoice));

        Map<GermanTenantGenerator.Scenario, long[]> rows = new EnumMap<>(GermanTenantGenerator.Scenario.class);
        // Per row: payments, true pairs, automatic pairs, correct automatic pairs, suggestions, first
        // suggestion right, unmatched, and the correct pairs that are right by LegalEquivalence only.
        long[] total = new long[8];
        for (GermanTenantGenerator.TruePayment payment : generated.payments()) {
            String externalId = payment.payment().data().externalId();
            Set<Long> settles = new TreeSet<>();
            payment.settles().forEach(id -> settles.add(documentIds.get("i" + id)));
            long[] counts = new long[8];
            counts[0] = 1;
            counts[1] = settles.size();
            Set<Long> allocated = automatic.get(externalId);
            String suggested = firstSuggestion.get(externalId);
            if (allocated != null) {
                counts[2] = allocated.size();
                counts[3] = allocated.stream().filter(settles::contains).count();
                List<Long> allocatedInvoices = allocated.stream().map(generatorIds::get).toList();
                if (LegalEquivalence.equivalent(payment, allocatedInvoices, invoices)) {
                    counts[7] = counts[2] - counts[3];
                    counts[3] = counts[2];
                }
            } else if (suggested != null) {
                counts[4] = 1;
                Set<Long> first = new HashSet<>();
                for (String id : suggested.split(",")) {
                    first.add(Long.parseLong(id));
                }
                counts[5] = !settles.isEmpty() && first.equals(settles) ? 1 : 0;
            } else {
                counts[6] = 1;
            }
            long[] row = rows.computeIfAbsent(payment.scenario(), unused -> new long[8]);
            for (int i = 0; i < counts.length; i++) {
                row[i] += counts[i];
                total[i] += counts[i];
            }
        }
        System.out.printf(Locale.ROOT, "%-20s %9s %8s %8s %8s %8s %8s %8s %9s%n", "scenario", "payments", "pairs",
                "auto ok", "by 366", "auto bad", "suggest", "1st ok", "unmatched");
        for (Map.Entry<GermanTenantGenerator.Scenario, long[]> entry : rows.entrySet()) {
            printRow(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
        }
        printRow("all", total);
        System.out.printf(Locale.ROOT, "precision of automatic allocations (invoice level): %.4f (%d wrong of %d)%n",
                total[2] == 0 ? 1 : (double) total[3] / total[2], total[2] - total[3], total[2]);
        System.out.printf(Locale.ROOT, "right only by § 366 Abs. 2 BGB (payer named no invoice, same debtor and amounts): "
                + "%d%n", total[7]);
        System.out.printf(Locale.ROOT, "recall (true invoice-payment pairs allocated automatically): %.4f%n",
                (double) total[3] / total[1]);
        System.out.printf(Locale.ROOT, "suggestion rate: %.4f of payments, first suggestion right in %.4f%n",
                (double) total[4] / total[0], total[4] == 0 ? 0 : (double) total[5] / total[4]);
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, TenantId tenant, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tenant.value());
            statement.setFetchSize(10_000);
            connection.setAutoCommit(false);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
            connection.commit();
        }
    }

    private static void printRow(String name, long[] row) {
        System.out.printf(Locale.ROOT, "%-20s %9d %8d %8d %8d %8d %8d %8d %9d%n", name, row[0], row[1], row[3],
                row[7], row[2] - row[3], row[4], row[5], row[6]);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
