package de.debitum.ledger.internal;

import static de.debitum.ledger.internal.LedgerFixture.debtor;
import static de.debitum.ledger.internal.LedgerFixture.invoice;
import static de.debitum.ledger.internal.LedgerFixture.vat19;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.ledger.LedgerPeriodSummary;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.NewLedgerExport;
import de.debitum.api.ledger.PeriodState;
import de.debitum.api.ledger.StoredLedgerExport;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.Page;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.datev.ExtfFile;
import de.debitum.testing.TestDatabase;

/** Stored DATEV exports and their files, period summaries and the lock without export. */
class LedgerExportStoreTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    static List<TestDatabase.Kind> kinds() {
        return LedgerFixture.kinds();
    }

    private static TenantId bookedTenant(LedgerFixture lf) {
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, 29098, 55003, 1, 4, 10_000, 69_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(AccountRole.REVENUE_19, 8000), Map.of(), true, false), "test");
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"),
                invoice("1", "d1", LocalDate.of(2026, 2, 3), vat19("100.00")),
                invoice("2", "d1", LocalDate.of(2026, 2, 9), vat19("50.00")),
                invoice("3", "d1", LocalDate.of(2026, 1, 20), vat19("10.00")));
        lf.bookAll(tenant);
        return tenant;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportStoresItsFilesUnchanged(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);

        LedgerExport export = lf.ledger.export(tenant, FEBRUARY, "clerk");

        StoredLedgerExport stored = lf.exports.find(tenant, export.exportId()).orElseThrow();
        assertThat(stored.period()).isEqualTo(FEBRUARY);
        assertThat(stored.actor()).isEqualTo("clerk");
        assertThat(stored.bookings()).isEqualTo(2);
        assertThat(stored.debtorAccounts()).isEqualTo(1);
        assertThat(stored.files()).extracting(StoredLedgerExport.FileInfo::name)
                .containsExactlyElementsOf(export.files().stream().map(ExtfFile::fileName).toList());
        for (ExtfFile file : export.files()) {
            assertThat(lf.exports.fileContent(tenant, export.exportId(), file.fileName())).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(file.content()));
        }
        assertThat(stored.files()).extracting(StoredLedgerExport.FileInfo::size)
                .containsExactlyElementsOf(export.files().stream().map(file -> (long) file.size()).toList());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void otherTenantSeesNoExport(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);
        TenantId other = lf.newTenant();
        LedgerExport export = lf.ledger.export(tenant, FEBRUARY, "clerk");
        String name = export.files().get(0).fileName();

        assertThat(lf.exports.find(other, export.exportId())).isEmpty();
        assertThat(lf.exports.fileContent(other, export.exportId(), name)).isEmpty();
        assertThat(lf.exports.fileContent(tenant, export.exportId(), "EXTF_other.csv")).isEmpty();
        assertThat(lf.exports.list(other, 0, 10).total()).isZero();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportsAreListedNewestFirstInPages(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);
        long first = lf.ledger.export(tenant, JANUARY, "clerk").exportId();
        long second = lf.ledger.export(tenant, FEBRUARY, "clerk").exportId();
        long third = lf.ledger.export(tenant, FEBRUARY, "admin").exportId();

        Page<StoredLedgerExport> page0 = lf.exports.list(tenant, 0, 2);
        Page<StoredLedgerExport> page1 = lf.exports.list(tenant, 1, 2);

        assertThat(page0.total()).isEqualTo(3);
        assertThat(page0.items()).extracting(StoredLedgerExport::id).containsExactly(third, second);
        assertThat(page1.items()).extracting(StoredLedgerExport::id).containsExactly(first);
        assertThatThrownBy(() -> lf.exports.list(tenant, 0, Page.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page size");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void periodsShowStateAndCounts(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);
        lf.ledger.export(tenant, FEBRUARY, "clerk");
        assertThat(lf.ledger.lock(tenant, YearMonth.of(2025, 12), "admin")).isTrue();

        List<LedgerPeriodSummary> periods = lf.exports.periods(tenant);

        assertThat(periods).extracting(LedgerPeriodSummary::period)
                .containsExactly(FEBRUARY, JANUARY, YearMonth.of(2025, 12));
        LedgerPeriodSummary february = periods.get(0);
        assertThat(february.state()).isEqualTo(PeriodState.LOCKED);
        assertThat(february.isExported()).isTrue();
        assertThat(february.bookings()).isEqualTo(2);
        assertThat(february.exports()).isEqualTo(1);
        assertThat(february.lastExportAt()).isEqualTo(LedgerFixture.NOW);
        LedgerPeriodSummary january = periods.get(1);
        assertThat(january.state()).isEqualTo(PeriodState.OPEN);
        assertThat(january.bookings()).isEqualTo(1);
        assertThat(january.exports()).isZero();
        LedgerPeriodSummary december = periods.get(2);
        assertThat(december.state()).isEqualTo(PeriodState.LOCKED);
        assertThat(december.isExported()).isFalse();
        assertThat(december.lockedBy()).isEqualTo("admin");
        assertThat(lf.exports.period(tenant, FEBRUARY)).isEqualTo(february);
        assertThat(lf.exports.period(tenant, YearMonth.of(2030, 1)).bookings()).isZero();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void lockIsAuditedOnce(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);

        assertThat(lf.ledger.lock(tenant, JANUARY, "admin")).isTrue();
        assertThat(lf.ledger.lock(tenant, JANUARY, "admin")).isFalse();

        assertThat(lf.store.period(tenant, JANUARY).isLocked()).isTrue();
        long audited = lf.persistence.database().read(session -> session.createSelectionQuery(
                        "select count(*) from AuditEventEntity where tenantId = :tenant and subjectType = 'ledger-period'"
                                + " and subjectId = '2026-01' and details like '%locked without export%'", Long.class)
                .setParameter("tenant", tenant.value()).getSingleResult());
        assertThat(audited).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oversizedOrDuplicateFileIsRejected(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();
        byte[] small = "x".getBytes();

        assertThatThrownBy(() -> lf.exports.save(tenant, new NewLedgerExport(FEBRUARY, "test", 0, 0, 0, List.of(
                new NewLedgerExport.File("EXTF_big.csv", new byte[LedgerExportStore.MAX_FILE_BYTES + 1], 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EXTF_big.csv");
        assertThatThrownBy(() -> lf.exports.save(tenant, new NewLedgerExport(FEBRUARY, "test", 0, 0, 0, List.of(
                new NewLedgerExport.File("EXTF_a.csv", small, 1), new NewLedgerExport.File("EXTF_a.csv", small, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(lf.exports.list(tenant, 0, 10).total()).isZero();
    }
}
