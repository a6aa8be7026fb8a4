package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportHistory;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.ImportBatchSummary;
import de.debitum.datacenter.internal.store.DefaultReceivablesQueries;
import de.debitum.testing.TestDatabase;

class FileRejectionTest {

    private static final FileRejection TRUNCATED = new FileRejection("konto.xml",
            "Die Datei ist kein vollständiges XML (Zeile 12). Bitte den Auszug erneut abrufen.",
            "The file is not complete XML (line 12). Fetch the statement again.");

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectedFileStoredAsEmptyBatch(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();

        ImportReport report = dc.ingestion.rejectFile(tenant, "camt-1", "camt", TRUNCATED);

        assertThat(report.fileRejected()).isTrue();
        assertThat(report.fileRejection()).isEqualTo(TRUNCATED);
        assertThat(report.received()).isZero();
        assertThat(report.rejections()).isEmpty();
        assertThat(dc.batches.find(tenant, report.batchId())).contains(report);
        assertThat(dc.batches.latest(tenant, 10)).containsExactly(report);
        assertThat(dc.ingestion.checkpoint(tenant, "camt-1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void importListShowsFileRejection(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        ImportReport records = dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "camt-1",
                List.of(Records.debtor("d1"))));
        ImportReport rejected = dc.ingestion.rejectFile(tenant, "camt-1", "camt", TRUNCATED);

        List<ImportBatchSummary> rows = new DefaultReceivablesQueries(dc.persistence).imports(tenant, 0, 10).items();

        assertThat(rows).extracting(ImportBatchSummary::id).containsExactly(rejected.batchId(), records.batchId());
        assertThat(rows.get(0).fileRejection()).isEqualTo(TRUNCATED);
        assertThat(rows.get(0).received()).isZero();
        assertThat(rows.get(1).fileRejection()).isNull();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void importHistoryCountsStoredBatchesAndNamesRejectedLastFile(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        assertThat(dc.ingestion.importHistory(tenant, "camt-1")).isEqualTo(ImportHistory.NONE);

        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "camt-1", List.of(Records.debtor("d1"), Records.debtor("d2"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "camt-1", List.of(Records.debtor("d3"))));
        ImportHistory stored = dc.ingestion.importHistory(tenant, "camt-1");
        assertThat(stored.lastRun()).isNotNull();
        assertThat(stored.lastSuccess()).isNotNull();
        assertThat(stored.recordsLastRun()).isEqualTo(1);
        assertThat(stored.recordsTotal()).isEqualTo(3);
        assertThat(stored.lastFileRejection()).isNull();

        dc.ingestion.rejectFile(tenant, "camt-1", "camt", TRUNCATED);
        ImportHistory rejected = dc.ingestion.importHistory(tenant, "camt-1");
        assertThat(rejected.recordsLastRun()).isZero();
        assertThat(rejected.recordsTotal()).isEqualTo(3);
        assertThat(rejected.lastSuccess()).isEqualTo(stored.lastSuccess());
        assertThat(rejected.lastFileRejection()).isEqualTo(TRUNCATED);
        assertThat(dc.ingestion.importHistory(dc.newTenant(), "camt-1")).isEqualTo(ImportHistory.NONE);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void lastFileRejectionClearedByLaterBatch(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        assertThat(dc.ingestion.lastFileRejection(tenant, "camt-1")).isEmpty();

        dc.ingestion.rejectFile(tenant, "camt-1", "camt", TRUNCATED);
        assertThat(dc.ingestion.lastFileRejection(tenant, "camt-1")).contains(TRUNCATED);
        assertThat(dc.ingestion.lastFileRejection(tenant, "camt-2")).isEmpty();
        assertThat(dc.ingestion.lastFileRejection(dc.newTenant(), "camt-1")).isEmpty();

        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "camt-1", List.of(Records.debtor("d1"))));
        assertThat(dc.ingestion.lastFileRejection(tenant, "camt-1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void longReasonShortenedNotRejected(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        String longName = "x".repeat(300) + ".csv";
        FileRejection rejection = new FileRejection(longName, "Grund ".repeat(500), "Reason ".repeat(500));

        ImportReport report = dc.ingestion.rejectFile(tenant, "csv-1", "csv:invoices", rejection);

        FileRejection stored = dc.batches.find(tenant, report.batchId()).orElseThrow().fileRejection();
        assertThat(stored.fileName()).hasSize(FileRejection.MAX_FILE_NAME).endsWith("x.csv");
        assertThat(stored.messageDe()).hasSize(FileRejection.MAX_MESSAGE).endsWith("…");
        assertThat(stored.messageEn()).hasSize(FileRejection.MAX_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownTenantRejectsFileRejection(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId unknown = TenantId.of("no-such-tenant");

        assertThatThrownBy(() -> dc.ingestion.rejectFile(unknown, "camt-1", "camt", TRUNCATED))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("Unknown tenant 'no-such-tenant'");
        assertThat(dc.batches.latest(unknown, 10)).isEmpty();
    }
}
