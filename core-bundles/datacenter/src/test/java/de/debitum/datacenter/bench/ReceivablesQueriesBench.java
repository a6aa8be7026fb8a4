package de.debitum.datacenter.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.TenantId;
import de.debitum.api.query.DocumentFilter;
import de.debitum.api.query.DocumentSort;
import de.debitum.api.query.DocumentStatus;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.store.DefaultReceivablesQueries;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/**
 * Response times of the HTTP API's list queries over one tenant with many documents on
 * PostgreSQL. Not part of the normal test run; the command is in BENCHMARKS.md. System property
 * {@code bench.documents} (default 1000000): documents of the tenant, one debtor per 100
 * documents, every third document paid in full by an allocation. A second tenant of the same
 * size shares the tables, so every query must filter by tenant.
 */
class ReceivablesQueriesBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final int ROUNDS = 7;

    @Test
    void listQueriesOnManyDocuments() throws Exception {
        long documents = Long.getLong("bench.documents", 1_000_000);
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            TenantId tenant = tenants.create(TenantId.of("bench-list"), "Benchmark lists").id();
            TenantId other = tenants.create(TenantId.of("bench-other"), "Benchmark neighbour").id();
            long start = System.nanoTime();
            try (Connection connection = database.dataSource().getConnection()) {
                fill(connection, tenant.value(), 0, documents);
                fill(connection, other.value(), documents, documents);
            }
            System.out.printf(Locale.ROOT, "Generated 2 x %,d documents in %.0f s%n", documents,
                    (System.nanoTime() - start) / 1e9);

            DefaultReceivablesQueries queries = new DefaultReceivablesQueries(persistence);
            measure("first page, newest first (total included)", () -> queries.documents(tenant,
                    filter(null, null, DocumentSort.ISSUE_DATE, true), 0, 50).total());
            measure("page 1000, newest first", () -> queries.documents(tenant,
                    filter(null, null, DocumentSort.ISSUE_DATE, true), 1000, 50).total());
            measure("status=overdue by due date", () -> queries.documents(tenant,
                    filter(DocumentStatus.OVERDUE, null, DocumentSort.DUE_DATE, false), 0, 50).total());
            measure("status=paid", () -> queries.documents(tenant,
                    filter(DocumentStatus.PAID, null, DocumentSort.ISSUE_DATE, true), 0, 50).total());
            measure("q=number prefix", () -> queries.documents(tenant,
                    filter(null, "re-00004242", DocumentSort.NUMBER, false), 0, 50).total());
            measure("q=debtor name prefix", () -> queries.documents(tenant,
                    filter(null, "kunde 0042", DocumentSort.NUMBER, false), 0, 50).total());
            measure("one debtor's documents", () -> queries.documents(tenant,
                    new DocumentFilter(null, debtorId(persistence, tenant), null, DocumentSort.ISSUE_DATE, true, TODAY),
                    0, 50).total());
            measure("debtors, first page", () -> queries.debtors(tenant, null, 0, 50).total());
            measure("debtors, q=name prefix", () -> queries.debtors(tenant, "kunde 0042", 0, 50).total());
            measure("payments, unallocated", () -> queries.payments(tenant, true, 0, 50).total());
            measure("overview", () -> (long) queries.overview(tenant, TODAY).openDocuments());
            persistence.close();
        }
    }

    private static DocumentFilter filter(DocumentStatus status, String text, DocumentSort sort, boolean descending) {
        return new DocumentFilter(status, null, text, sort, descending, TODAY);
    }

    private static Long debtorId(DatacenterPersistence persistence, TenantId tenant) {
        return persistence.database().read(session -> session.doReturningWork(connection -> {
            try (var statement = connection.prepareStatement("SELECT MIN(id) FROM debtor WHERE tenant_id = ?")) {
                statement.setString(1, tenant.value());
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }));
    }

    /** Prints the median and the slowest of {@link #ROUNDS} runs after one warm-up run. */
    private static void measure(String what, Supplier<Long> query) {
        long result = query.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-45s median %7.1f ms, slowest %7.1f ms (total %,d)%n", what,
                millis.get(ROUNDS / 2), millis.get(ROUNDS - 1), result);
    }

    /** Inserts debtors, documents, allocations and payments with generate_series, then analyzes. */
    private static void fill(Connection connection, String tenant, long idBase, long documents) throws Exception {
        long debtors = Math.max(1, documents / 100);
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO debtor (id, tenant_id, source, external_id, customer_number, name, consumer,"
                    + " content_hash, created_at, updated_at) SELECT " + idBase + " + g, '" + tenant + "', 'bench',"
                    + " 'D' || g, 'K' || g, 'Kunde ' || lpad(g::text, 6, '0'), false, 'h', now(), now()"
                    + " FROM generate_series(1, " + debtors + ") g");
            // Document 3k is paid by allocation k for k up to the number of allocations below; its
            // allocated sum is set here, as the allocation store would have kept it.
            long allocations = documents / 3 - documents / 30;
            sql.execute("INSERT INTO document (id, tenant_id, debtor_id, source, external_id, kind, document_number,"
                    + " issue_date, due_date, currency, net_total, tax_total, gross_total, amount_due, allocated,"
                    + " safe_source, content_hash, created_at, updated_at) SELECT " + idBase + " + g, '" + tenant + "', "
                    + idBase + " + 1 + (g % " + debtors + "), 'bench', 'E' || g, 'INVOICE', 'RE-' || lpad(g::text, 8, '0'),"
                    + " DATE '2024-01-01' + (g % 900), DATE '2024-01-31' + (g % 900), 'EUR', 100, 19, 119, 119,"
                    + " CASE WHEN g % 3 = 0 AND g / 3 <= " + allocations + " THEN 119 ELSE 0 END, true,"
                    + " 'h', now(), now() FROM generate_series(1, " + documents + ") g");
            sql.execute("INSERT INTO payment (id, tenant_id, source, external_id, account_iban, booking_date, amount,"
                    + " currency, reversal, fingerprint, duplicate_undone, content_hash, created_at, updated_at)"
                    + " SELECT " + idBase + " + g, '" + tenant + "', 'bench', 'P' || g, 'DE02120300000000202051',"
                    + " DATE '2024-02-01' + (g % 900), 119, 'EUR', false, 'f' || g, false, 'h', now(), now()"
                    + " FROM generate_series(1, " + documents / 3 + ") g");
            sql.execute("INSERT INTO allocation (id, tenant_id, document_id, payment_id, kind, amount, currency, created_at)"
                    + " SELECT " + idBase + " + g, '" + tenant + "', " + idBase + " + g * 3, " + idBase + " + g,"
                    + " 'PAYMENT', 119, 'EUR', now() FROM generate_series(1, " + allocations + ") g");
            sql.execute("ANALYZE");
        }
    }
}
