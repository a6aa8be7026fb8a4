package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DunningBlock;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.NotFoundException;
import de.debitum.testing.TestDatabase;

/** Reads and writes tenant B's view of tenant A's rows through every store service. */
class TenantIsolationTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    /** Ids of tenant A's rows. */
    private record TenantA(TenantId tenant, long debtor, long document, long payment, long duplicate, long batch) {
    }

    private static TenantA seed(DatacenterFixture dc) {
        TenantId tenant = dc.newTenant();
        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp-a", List.of(Records.debtor("d1"),
                        Records.invoice("1", "d1", "100.00"), Records.payment("p1", "119.00", "E2E-A")))
                .withCheckpoint("a-1")
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank-a", List.of(Records.payment("n1", "119.00", "E2E-A"))));
        return new TenantA(tenant,
                dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().id(),
                dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id(),
                dc.payments.findByExternalId(tenant, "erp", "p1").orElseThrow().id(),
                dc.payments.findByExternalId(tenant, "camt", "n1").orElseThrow().id(),
                report.batchId());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void debtorAndDocumentStoresScoped(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantA a = seed(dc);
        TenantId b = dc.newTenant();

        assertThat(dc.debtors.find(b, a.debtor())).isEmpty();
        assertThat(dc.debtors.findByExternalId(b, "erp", "d1")).isEmpty();
        assertThat(dc.debtors.list(b, 0, 100)).isEmpty();
        assertThatThrownBy(() -> dc.debtors.setDunningBlock(b, a.debtor(), new DunningBlock("dispute", null), "clerk-b"))
                .isInstanceOf(NotFoundException.class);
        assertThat(dc.documents.find(b, a.document())).isEmpty();
        assertThat(dc.documents.findByExternalId(b, "erp", "1")).isEmpty();
        assertThat(dc.documents.listByDebtor(b, a.debtor())).isEmpty();
        assertThat(dc.documents.original(b, a.document())).isEmpty();
        assertThatThrownBy(() -> dc.documents.markBooked(b, a.document(), LocalDate.of(2026, 3, 1), "ledger-b"))
                .isInstanceOf(NotFoundException.class);

        assertThat(dc.debtors.find(a.tenant(), a.debtor()).orElseThrow().dunningBlock()).isNull();
        assertThat(dc.documents.find(a.tenant(), a.document()).orElseThrow().bookedOn()).isNull();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void paymentAndAllocationStoresScoped(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantA a = seed(dc);
        TenantId b = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(b, "erp", "erp-b", List.of(Records.debtor("d1"), Records.invoice("1", "d1", "5.00"))));
        long documentOfB = dc.documents.findByExternalId(b, "erp", "1").orElseThrow().id();

        assertThat(dc.payments.find(b, a.payment())).isEmpty();
        assertThat(dc.payments.findByExternalId(b, "erp", "p1")).isEmpty();
        assertThat(dc.payments.listBooked(b, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEmpty();
        assertThatThrownBy(() -> dc.payments.undoDuplicate(b, a.duplicate(), "clerk-b")).isInstanceOf(NotFoundException.class);

        Allocation onDocumentOfA = new Allocation(0, b, a.document(), null, null, AllocationKind.WRITE_OFF,
                Money.euro("1.00"), AllocationOrigin.user("clerk-b"), null);
        Allocation paymentOfA = new Allocation(0, b, documentOfB, a.payment(), null, AllocationKind.PAYMENT,
                Money.euro("1.00"), AllocationOrigin.user("clerk-b"), null);
        assertThatThrownBy(() -> dc.allocations.allocate(b, onDocumentOfA)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dc.allocations.allocate(b, paymentOfA)).isInstanceOf(NotFoundException.class);
        assertThat(dc.allocations.listForDocument(b, a.document())).isEmpty();
        assertThat(dc.allocations.openItem(b, a.document())).isEmpty();
        assertThat(dc.allocations.openItems(b)).extracting(item -> item.documentId()).containsExactly(documentOfB);

        assertThat(dc.payments.find(a.tenant(), a.duplicate()).orElseThrow().isDuplicate()).isTrue();
        assertThat(dc.allocations.listForDocument(a.tenant(), a.document())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void auditBatchCoverageDeletionScoped(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantA a = seed(dc);
        TenantId b = dc.newTenant();

        assertThat(dc.audit.forDocument(b, a.document())).isEmpty();
        assertThat(dc.audit.forDebtor(b, a.debtor())).isEmpty();
        assertThatThrownBy(() -> dc.audit.append(b, AuditEventType.REMINDED, "document", "1", a.debtor(), null, "dunning", "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dc.audit.append(b, AuditEventType.REMINDED, "document", "1", null, a.document(), "dunning", "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(dc.batches.find(b, a.batch())).isEmpty();
        assertThat(dc.batches.latest(b, 10)).isEmpty();
        assertThat(dc.coverage.coverage(b)).isEmpty();
        assertThat(dc.coverage.gaps(b, Set.of("camt"))).isEmpty();
        assertThat(dc.ingestion.checkpoint(b, "erp-a")).isEmpty();
        assertThatThrownBy(() -> dc.deletion.deleteDebtor(b, a.debtor(), "clerk-b")).isInstanceOf(NotFoundException.class);

        assertThat(dc.debtors.find(a.tenant(), a.debtor())).isPresent();
        assertThat(dc.audit.forDocument(a.tenant(), a.document())).isNotEmpty();
        assertThat(dc.coverage.coverage(a.tenant())).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void ingestionKeepsTenantsApart(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantA a = seed(dc);
        TenantId b = dc.newTenant();

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(b, "erp", "erp-a", List.of(Records.debtor("d1"),
                Records.withNumber(Records.invoice("1", "d1", "100.00"), "B-1"), Records.payment("p1", "119.00", "E2E-A"))));

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.duplicates()).isEmpty();
        assertThat(dc.documents.find(a.tenant(), a.document()).orElseThrow().data().number()).isEqualTo("RE-1");
        assertThat(dc.documents.findByExternalId(b, "erp", "1").orElseThrow().id()).isNotEqualTo(a.document());
    }
}
