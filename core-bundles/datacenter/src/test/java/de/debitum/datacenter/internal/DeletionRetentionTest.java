package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.DeletionResult;
import de.debitum.api.store.RetainedRecord;
import de.debitum.testing.TestDatabase;

class DeletionRetentionTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unbookedDataDeletedPhysically(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.payment("p1", "50.00", null))));
        long debtorId = dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().id();
        long documentId = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        long paymentId = dc.payments.findByExternalId(tenant, "erp", "p1").orElseThrow().id();
        dc.allocations.allocate(tenant, new Allocation(0, tenant, documentId, paymentId, null, AllocationKind.PAYMENT,
                Money.euro("50.00"), AllocationOrigin.user("clerk"), null));

        DeletionResult result = dc.deletion.deleteDebtor(tenant, debtorId, "clerk");

        assertThat(result.debtorDeleted()).isTrue();
        assertThat(result.deletedDocuments()).containsExactly(documentId);
        assertThat(result.retained()).isEmpty();
        assertThat(dc.debtors.find(tenant, debtorId)).isEmpty();
        assertThat(dc.documents.find(tenant, documentId)).isEmpty();
        assertThat(dc.documents.original(tenant, documentId)).isEmpty();
        assertThat(dc.allocations.listForDocument(tenant, documentId)).isEmpty();
        assertThat(dc.audit.forDebtor(tenant, debtorId)).extracting(event -> event.type())
                .contains(AuditEventType.CREATED, AuditEventType.ALLOCATED, AuditEventType.DELETED);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bookedDocumentBlockedUntilRetentionEnds(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.invoice("2", "d1", "20.00"))));
        long debtorId = dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().id();
        long booked = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        long unbooked = dc.documents.findByExternalId(tenant, "erp", "2").orElseThrow().id();
        dc.documents.markBooked(tenant, booked, LocalDate.of(2025, 6, 30), "ledger");

        DeletionResult result = dc.deletion.deleteDebtor(tenant, debtorId, "clerk");

        LocalDate deletableFrom = LocalDate.of(2034, 1, 1);
        assertThat(result.debtorDeleted()).isFalse();
        assertThat(result.deletedDocuments()).containsExactly(unbooked);
        assertThat(result.retained()).extracting(RetainedRecord::subjectType, RetainedRecord::id, RetainedRecord::deletableFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("document", booked, deletableFrom),
                        org.assertj.core.groups.Tuple.tuple("debtor", debtorId, deletableFrom));
        assertThat(result.retained().get(0).reason()).contains("§ 147 (3) AO");
        assertThat(dc.documents.find(tenant, booked).orElseThrow().blockedUntil()).isEqualTo(deletableFrom);
        assertThat(dc.debtors.find(tenant, debtorId).orElseThrow().blockedUntil()).isEqualTo(deletableFrom);
        assertThat(dc.documents.find(tenant, unbooked)).isEmpty();
        assertThat(dc.allocations.openItems(tenant)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void expiredRetentionDeletes(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"))));
        long debtorId = dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().id();
        long documentId = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        // Booked in 2016: the 8 years ran to the end of 2024, before the fixture's 2026-03-02.
        dc.documents.markBooked(tenant, documentId, LocalDate.of(2016, 12, 31), "ledger");

        DeletionResult result = dc.deletion.deleteDebtor(tenant, debtorId, "clerk");

        assertThat(result.debtorDeleted()).isTrue();
        assertThat(result.deletedDocuments()).containsExactly(documentId);
        assertThat(dc.debtors.find(tenant, debtorId)).isEmpty();
    }
}
