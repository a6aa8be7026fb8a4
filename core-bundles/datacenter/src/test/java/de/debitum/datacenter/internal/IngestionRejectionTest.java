package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.TenantId;
import de.debitum.testing.TestDatabase;

class IngestionRejectionTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidRecordsRejectedRestStored(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData noNumber = Records.withNumber(Records.invoice("2", "d1", "50.00"), " ");
        PaymentData badIban = new PaymentData("p1", "DE00123", Records.payment("p1", "10.00", null).bookingDate(),
                null, Records.payment("p1", "10.00", null).amount(), null, null, null, null, null, null, null, null,
                null, null, false);
        DocumentData unknownDebtor = Records.invoice("3", "nobody", "70.00");
        List<CanonicalRecord> records = List.of(Records.debtor("d1"), Records.invoice("1", "d1", "100.00"),
                noNumber, badIban, unknownDebtor);

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "easybill-1", records));

        assertThat(report.received()).isEqualTo(5);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejections()).containsExactlyInAnyOrder(
                new Rejection("document", "2", "number", " ", "is required"),
                new Rejection("payment", "p1", "accountIban", "DE00123", "IBAN in electronic format with valid check digits"),
                new Rejection("document", "3", "debtorExternalId", "nobody",
                        "names a debtor delivered by source easybill before or in this batch"));
        assertThat(dc.documents.findByExternalId(tenant, "easybill", "1")).isPresent();
        assertThat(dc.documents.findByExternalId(tenant, "easybill", "2")).isEmpty();
        assertThat(dc.payments.findByExternalId(tenant, "easybill", "p1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectionsKeptInReportAndAudit(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData dueBeforeIssue = Records.withDueDate(Records.invoice("9", "d1", "10.00"),
                Records.invoice("9", "d1", "10.00").issueDate().minusDays(1));

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "csv", "csv-1",
                List.of(Records.debtor("d1"), dueBeforeIssue)));

        Rejection rejection = report.rejections().get(0);
        assertThat(rejection.field()).isEqualTo("dueDate");
        assertThat(rejection.value()).isEqualTo("2026-01-31");
        assertThat(rejection.rule()).isEqualTo("not before the issue date 2026-02-01");
        assertThat(rejection.message()).contains("dueDate", "2026-01-31", "not before the issue date");
        ImportReport stored = dc.batches.find(tenant, report.batchId()).orElseThrow();
        assertThat(stored).isEqualTo(report);
        assertThat(dc.batches.latest(tenant, 10)).containsExactly(report);
        long debtorId = dc.debtors.findByExternalId(tenant, "csv", "d1").orElseThrow().id();
        assertThat(dc.audit.forDebtor(tenant, debtorId)).extracting(e -> e.type()).containsExactly(AuditEventType.CREATED);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownTenantRejectsBatch(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId unknown = TenantId.of("no-such-tenant");

        assertThatThrownBy(() -> dc.ingestion.ingest(IngestionBatch.of(unknown, "csv", "csv-1",
                List.of(Records.debtor("d1")))))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("Unknown tenant 'no-such-tenant'");
        assertThat(dc.batches.latest(unknown, 10)).isEmpty();
    }

    @Test
    void oversizedBatchRejected() {
        List<CanonicalRecord> records = Collections.nCopies(IngestionBatch.MAX_RECORDS + 1, Records.debtor("d1"));

        assertThatThrownBy(() -> IngestionBatch.of(TenantId.of("t"), "csv", "csv-1", records))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100001 records, more than the maximum of 100000");
    }
}
