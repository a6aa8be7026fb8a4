package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.CoverageGap;
import de.debitum.api.store.SourceCoverage;
import de.debitum.testing.TestDatabase;

class CoverageTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void gapsPerEnabledPaymentSource(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb", List.of(Records.debtor("d1")))
                .withCoverage(new CoveragePeriod(DataKind.INVOICES, day(1, 1), day(2, 28))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of())
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, day(1, 1), day(1, 31))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of())
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, day(2, 10), day(3, 31))));

        List<CoverageGap> gaps = dc.coverage.gaps(tenant, Set.of("camt", "paypal"));

        assertThat(gaps).containsExactly(
                new CoverageGap("camt", day(2, 1), day(2, 9)),
                new CoverageGap("paypal", day(1, 1), day(2, 28)));
        assertThat(dc.coverage.gaps(tenant, Set.of())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void adjacentPeriodsMerged(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of())
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, day(1, 1), day(1, 31))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of())
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, day(2, 1), day(2, 28))));

        assertThat(dc.coverage.coverage(tenant)).containsExactly(
                new SourceCoverage("camt", DataKind.PAYMENTS, day(1, 1), day(2, 28)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invoicesInBatchCountAsInvoiceData(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();

        dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb",
                List.of(Records.debtor("d1"), Records.invoice("1", "d1", "10.00"))));

        assertThat(dc.coverage.coverage(tenant)).containsExactly(
                new SourceCoverage("easybill", DataKind.INVOICES, day(2, 1), day(2, 1)));
        assertThat(dc.coverage.gaps(tenant, Set.of("camt"))).containsExactly(new CoverageGap("camt", day(2, 1), day(2, 1)));
    }
}
