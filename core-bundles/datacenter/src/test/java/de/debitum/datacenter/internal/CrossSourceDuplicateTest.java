package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.DuplicateNotice;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.Payment;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.testing.TestDatabase;

class CrossSourceDuplicateTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void samePaymentTwoSourcesCountsOnce(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of(Records.payment("ntry-1", "119.00", "E2E-1"))));
        Payment first = dc.payments.findByExternalId(tenant, "camt", "ntry-1").orElseThrow();

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "finapi", "api",
                List.of(Records.payment("tx-77", "119.00", "E2E-1"), Records.payment("tx-78", "119.00", "E2E-2"))));

        Payment second = dc.payments.findByExternalId(tenant, "finapi", "tx-77").orElseThrow();
        assertThat(second.duplicateOf()).isEqualTo(first.id());
        assertThat(dc.payments.findByExternalId(tenant, "finapi", "tx-78").orElseThrow().isDuplicate()).isFalse();
        assertThat(report.duplicates()).containsExactly(new DuplicateNotice(second.id(), "tx-77", first.id(), "camt"));
        assertThat(dc.batches.find(tenant, report.batchId()).orElseThrow().duplicates()).isEqualTo(report.duplicates());
        assertThat(report.created()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void duplicateCannotBeAllocated(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"), Records.invoice("1", "d1", "100.00"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of(Records.payment("ntry-1", "119.00", null))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "finapi", "api", List.of(Records.payment("tx-1", "119.00", null))));
        long documentId = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        Payment duplicate = dc.payments.findByExternalId(tenant, "finapi", "tx-1").orElseThrow();

        Allocation allocation = new Allocation(0, tenant, documentId, duplicate.id(), null, AllocationKind.PAYMENT,
                Money.euro("119.00"), AllocationOrigin.user("clerk"), null);

        assertThat(duplicate.isDuplicate()).isTrue();
        assertThatThrownBy(() -> dc.allocations.allocate(tenant, allocation))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a duplicate of payment " + duplicate.duplicateOf());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void userUndoesDuplicateDecision(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of(Records.payment("ntry-1", "50.00", "E2E-9"))));
        IngestionBatch provider = IngestionBatch.of(tenant, "paypal", "pp", List.of(Records.payment("pp-1", "50.00", "E2E-9")));
        dc.ingestion.ingest(provider);
        Payment duplicate = dc.payments.findByExternalId(tenant, "paypal", "pp-1").orElseThrow();

        Payment undone = dc.payments.undoDuplicate(tenant, duplicate.id(), "clerk");
        ImportReport again = dc.ingestion.ingest(provider);

        assertThat(undone.isDuplicate()).isFalse();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.duplicates()).isEmpty();
        assertThat(dc.payments.find(tenant, duplicate.id()).orElseThrow().isDuplicate()).isFalse();
        assertThatThrownBy(() -> dc.payments.undoDuplicate(tenant, duplicate.id(), "clerk"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not marked as a duplicate");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void duplicateDecisionsAudited(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "camt", "bank", List.of(Records.payment("ntry-1", "50.00", "E2E-9"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "paypal", "pp", List.of(Records.payment("pp-1", "50.00", "E2E-9"))));
        Payment duplicate = dc.payments.findByExternalId(tenant, "paypal", "pp-1").orElseThrow();
        dc.payments.undoDuplicate(tenant, duplicate.id(), "clerk");

        List<AuditEventType> types = dc.persistence.database().read(session -> session.createSelectionQuery(
                        "select type from AuditEventEntity where tenantId = :tenant and subjectId = :id order by id", String.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", String.valueOf(duplicate.id()))
                .getResultList()).stream().map(AuditEventType::valueOf).toList();

        assertThat(types).containsExactly(AuditEventType.CREATED, AuditEventType.DUPLICATE, AuditEventType.DUPLICATE_UNDONE);
    }
}
