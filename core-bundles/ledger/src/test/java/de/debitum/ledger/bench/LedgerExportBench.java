package de.debitum.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.SourceEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultLedgerExportStore;
import de.debitum.datacenter.internal.store.DefaultLedgerStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.internal.DefaultLedgerService;
import de.debitum.ledger.internal.datev.ExtfWriter;
import de.debitum.testing.TestDatabase;

/**
 * DATEV export throughput for a year of bookings: stores {@code bench.bookings} bookings
 * (default 1,000,000) spread evenly over the twelve months of 2026, then exports each month
 * through the ledger service, which reads the store in pages, writes the EXTF files and locks the
 * period. Not part of the normal test run (the class name does not end in Test); the command is
 * in BENCHMARKS.md. It runs on PostgreSQL when available, else on H2.
 */
class LedgerExportBench {

    /** Bookings stored per event, so one transaction writes this many rows. */
    private static final int BOOKINGS_PER_EVENT = 5_000;
    private static final int DEBTOR_ACCOUNTS = 5_000;

    @Test
    void exportYearOfBookings() {
        int total = Integer.getInteger("bench.bookings", 1_000_000);
        TestDatabase.Kind kind = TestDatabase.availableKinds().get(0);
        try (TestDatabase database = TestDatabase.create(kind)) {
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            DefaultLedgerStore store = new DefaultLedgerStore(persistence);
            DefaultLedgerService ledger = new DefaultLedgerService(store, new DefaultLedgerExportStore(persistence),
                    new DefaultDocumentStore(persistence),
                    new DefaultAuditTrail(persistence), new ExtfWriter());
            TenantId tenant = new DefaultTenantStore(persistence).create(TenantId.of("bench-ledger"), "Bench").id();
            ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, 29098, 55003, 1, 4, 10_000, 69_999,
                    DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false), "bench");

            long storeStart = System.nanoTime();
            int perMonth = total / 12;
            int stored = 0;
            for (int month = 1; month <= 12; month++) {
                stored += storeMonth(store, tenant, YearMonth.of(2026, month), month == 12 ? total - stored : perMonth);
            }
            double storeSeconds = (System.nanoTime() - storeStart) / 1e9;
            System.out.printf("LedgerExportBench on %s: stored %,d bookings in %.1f s (%,.0f bookings/s)%n", kind, stored,
                    storeSeconds, stored / storeSeconds);

            long exportStart = System.nanoTime();
            long bytes = 0;
            int exported = 0;
            for (int month = 1; month <= 12; month++) {
                long monthStart = System.nanoTime();
                LedgerExport export = ledger.export(tenant, YearMonth.of(2026, month), "bench");
                double monthSeconds = (System.nanoTime() - monthStart) / 1e9;
                exported += export.bookings();
                bytes += export.files().stream().mapToLong(file -> file.size()).sum();
                System.out.printf("  2026-%02d: %,d bookings, %d files, %.2f s (%,.0f bookings/s)%n", month,
                        export.bookings(), export.files().size(), monthSeconds, export.bookings() / monthSeconds);
            }
            double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
            System.out.printf("LedgerExportBench on %s: exported %,d bookings (%,d MB of EXTF) in %.1f s: %,.0f bookings/s,"
                    + " max heap %d MB%n", kind, exported, bytes / 1_000_000, exportSeconds, exported / exportSeconds,
                    Runtime.getRuntime().maxMemory() / 1_000_000);
            assertThat(exported).isEqualTo(total);
            persistence.close();
        }
    }

    /** Stores a month's bookings: an invoice-like booking per row, on rotating debtor accounts. */
    private static int storeMonth(DefaultLedgerStore store, TenantId tenant, YearMonth month, int count) {
        int done = 0;
        while (done < count) {
            int size = Math.min(BOOKINGS_PER_EVENT, count - done);
            List<BookingDraft> drafts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int n = done + i;
                LocalDate day = month.atDay(1 + n % month.lengthOfMonth());
                int debtor = 10_000 + n % DEBTOR_ACCOUNTS;
                drafts.add(new BookingDraft(day, debtor, 8400, Money.euro(String.valueOf(100 + n % 900) + ".19"), null,
                        "RE-" + month + "-" + n, "Rechnung RE-" + month + "-" + n, debtor, day.plusDays(30), null, false));
            }
            store.record(tenant, new SourceEvent(SourceType.DUNNING_FEE, "bench-" + month + "-" + done, "1"), drafts, "bench");
            done += size;
        }
        return done;
    }
}
