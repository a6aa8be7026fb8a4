package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.testing.TestDatabase;

class IdempotencyTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static List<CanonicalRecord> records() {
        return List.of(Records.debtor("d1"), Records.invoice("1", "d1", "100.00"), Records.invoice("2", "d1", "250.50"),
                Records.payment("p1", "119.00", "E2E-1"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void reimportChangesNothing(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        ImportReport first = dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb", records()));
        long documentId = dc.documents.findByExternalId(tenant, "easybill", "1").orElseThrow().id();
        List<AuditEvent> historyBefore = dc.audit.forDocument(tenant, documentId);

        ImportReport second = dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb", records()));

        assertThat(first.created()).isEqualTo(4);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(dc.audit.forDocument(tenant, documentId)).isEqualTo(historyBefore);
        assertThat(dc.documents.listByDebtor(tenant, dc.debtors.findByExternalId(tenant, "easybill", "d1").orElseThrow().id()))
                .hasSize(2);
        assertThat(dc.payments.listBooked(tenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storedDocumentKeepsContent(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData invoice = Records.invoice("1", "d1", "100.00");
        dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb", List.of(Records.debtor("d1"), invoice)));

        ReceivableDocument stored = dc.documents.findByExternalId(tenant, "easybill", "1").orElseThrow();
        OriginalDocument original = dc.documents.original(tenant, stored.id()).orElseThrow();

        assertThat(stored.data().vatLines()).isEqualTo(invoice.vatLines());
        assertThat(stored.data().terms()).isEqualTo(invoice.terms());
        assertThat(stored.data().amountDue()).isEqualTo(invoice.amountDue());
        assertThat(stored.data().grossTotal().amount()).isEqualByComparingTo("119.00");
        assertThat(stored.data().original()).isNull();
        assertThat(original).isEqualTo(invoice.original());
        assertThat(original.sha256()).isEqualTo(invoice.original().sha256());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void changedContentIsAuditedUpdate(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData invoice = Records.invoice("1", "d1", "100.00");
        dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb", List.of(Records.debtor("d1"), invoice)));
        DocumentData later = Records.withDueDate(invoice, LocalDate.of(2026, 4, 1));

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb",
                List.of(Records.debtor("d1"), later)));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        ReceivableDocument stored = dc.documents.findByExternalId(tenant, "easybill", "1").orElseThrow();
        assertThat(stored.data().dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(stored.data().vatLines()).hasSize(1);
        List<AuditEvent> history = dc.audit.forDocument(tenant, stored.id());
        assertThat(history).extracting(AuditEvent::type).containsExactly(AuditEventType.CREATED, AuditEventType.UPDATED);
        assertThat(history.get(1).details()).isEqualTo("Changed fields: dueDate");
        assertThat(history.get(1).actor()).isEqualTo("connector:eb");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bookedDocumentChangeRejected(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData invoice = Records.invoice("1", "d1", "100.00");
        dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb", List.of(Records.debtor("d1"), invoice)));
        long id = dc.documents.findByExternalId(tenant, "easybill", "1").orElseThrow().id();
        dc.documents.markBooked(tenant, id, LocalDate.of(2026, 2, 2), "ledger");

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "easybill", "eb",
                List.of(Records.withNumber(invoice, "RE-CHANGED"))));

        assertThat(report.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.field()).isEqualTo("externalId");
            assertThat(rejection.rule()).contains("booked on 2026-02-02");
        });
        assertThat(dc.documents.find(tenant, id).orElseThrow().data().number()).isEqualTo("RE-1");
    }
}
