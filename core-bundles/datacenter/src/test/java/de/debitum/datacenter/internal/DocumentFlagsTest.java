package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.ImportWarning;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.store.DefaultDunningStore;
import de.debitum.testing.TestDatabase;

/**
 * Booking aids, documents without VAT breakdown and reader warnings: stored with the document,
 * listed in the import report, and held back from dunning until a person confirms the document.
 */
class DocumentFlagsTest {

    private static final DocumentWarning RECALCULATION = new DocumentWarning("RECALCULATION_DIFFERS",
            "Die Neuberechnung ergibt 10,24 statt der angegebenen 12,44.",
            "The recalculation gives 10.24 instead of the stated 12.44.");

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    /** Builds a MINIMUM-profile document as the e-invoice connector maps it: no VAT lines, flagged, not a safe source. */
    private static DocumentData bookingAid(String externalId) {
        DocumentData invoice = Records.invoice(externalId, "d1", "100.00");
        return new DocumentData(externalId, "d1", invoice.kind(), invoice.number(), invoice.issueDate(),
                invoice.dueDate(), null, null, invoice.currency(), List.of(), invoice.amountDue(), null, null, null, null,
                invoice.original(), false, Set.of(DocumentFlag.BOOKING_AID), List.of(RECALCULATION));
    }

    private static DocumentData withWarnings(DocumentData data, List<DocumentWarning> warnings) {
        return new DocumentData(data.externalId(), data.debtorExternalId(), data.kind(), data.number(), data.issueDate(),
                data.dueDate(), data.serviceFrom(), data.serviceTo(), data.currency(), data.vatLines(), data.amountDue(),
                data.terms(), data.orderReference(), data.buyerReference(), data.precedingNumber(), data.original(),
                data.safeSource(), data.flags(), warnings);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bookingAidIsStoredFlaggedAndNotDunnable(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultDunningStore dunning = new DefaultDunningStore(dc.persistence);
        TenantId tenant = dc.newTenant();

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox",
                List.of(Records.debtor("d1"), bookingAid("380:MIN-1"))));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.importedWithWarning()).isEqualTo(1);
        assertThat(report.warnings()).extracting(ImportWarning::code)
                .containsExactlyInAnyOrder("BOOKING_AID", "NO_VAT_BREAKDOWN", "RECALCULATION_DIFFERS");
        ImportWarning bookingAidWarning = report.warnings().stream()
                .filter(warning -> warning.code().equals("BOOKING_AID")).findFirst().orElseThrow();
        assertThat(bookingAidWarning.externalId()).isEqualTo("380:MIN-1");
        assertThat(bookingAidWarning.messageDe()).contains("Buchungshilfe");
        assertThat(bookingAidWarning.messageEn()).contains("Booking aid");

        ReceivableDocument stored = dc.documents.findByExternalId(tenant, "einvoice", "380:MIN-1").orElseThrow();
        assertThat(stored.data().flags()).containsExactlyInAnyOrder(DocumentFlag.BOOKING_AID,
                DocumentFlag.NO_VAT_BREAKDOWN);
        assertThat(stored.data().warnings()).containsExactly(RECALCULATION);
        assertThat(stored.data().needsConfirmation()).isTrue();
        assertThat(stored.data().netTotal().isZero()).isTrue();
        assertThat(stored.data().amountDue()).isEqualTo(bookingAid("380:MIN-1").amountDue());

        assertThat(dunning.unconfirmedUnsafeDocuments(tenant, List.of(stored.id()))).containsExactly(stored.id());
        assertThat(dc.documents.confirmation(tenant, stored.id())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmationMakesBookingAidDunnable(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultDunningStore dunning = new DefaultDunningStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox",
                List.of(Records.debtor("d1"), bookingAid("380:MIN-2"))));
        long id = dc.documents.findByExternalId(tenant, "einvoice", "380:MIN-2").orElseThrow().id();

        DocumentConfirmation confirmation = dc.documents.confirm(tenant, id, "admin");

        assertThat(confirmation.confirmedBy()).isEqualTo("admin");
        assertThat(confirmation.confirmedAt()).isEqualTo(DatacenterFixture.NOW);
        assertThat(dunning.unconfirmedUnsafeDocuments(tenant, List.of(id))).isEmpty();
        assertThat(dc.documents.confirmation(tenant, id)).contains(confirmation);
        assertThat(dc.audit.forDocument(tenant, id)).extracting(AuditEvent::details)
                .anyMatch(details -> details.contains("confirmed for dunning") && details.contains("BOOKING_AID"));

        // Confirming again keeps the first confirmation.
        assertThat(dc.documents.confirm(tenant, id, "someone-else")).isEqualTo(confirmation);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmRejectsUnknownDocumentAndBlankActor(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox",
                List.of(Records.debtor("d1"), bookingAid("380:MIN-3"))));
        long id = dc.documents.findByExternalId(tenant, "einvoice", "380:MIN-3").orElseThrow().id();

        assertThatThrownBy(() -> dc.documents.confirm(other, id, "admin")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dc.documents.confirm(tenant, id, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actor");
        assertThat(dc.documents.confirmation(tenant, id)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void documentWithoutVatLinesIsFlagged(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultDunningStore dunning = new DefaultDunningStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        DocumentData invoice = Records.invoice("7", "d1", "100.00");
        DocumentData withoutVat = new DocumentData("7", "d1", invoice.kind(), invoice.number(), invoice.issueDate(),
                invoice.dueDate(), null, null, invoice.currency(), List.of(), invoice.amountDue(), invoice.terms(), null,
                null, null, null, true);

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp",
                List.of(Records.debtor("d1"), withoutVat)));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.warnings()).extracting(ImportWarning::code).containsExactly("NO_VAT_BREAKDOWN");
        ReceivableDocument stored = dc.documents.findByExternalId(tenant, "erp", "7").orElseThrow();
        assertThat(stored.data().safeSource()).isTrue();
        assertThat(stored.data().flags()).containsExactly(DocumentFlag.NO_VAT_BREAKDOWN);
        assertThat(dunning.unconfirmedUnsafeDocuments(tenant, List.of(stored.id()))).containsExactly(stored.id());
        assertThat(dc.batches.find(tenant, report.batchId()).orElseThrow().warnings())
                .isEqualTo(report.warnings());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void warningsAreReplacedWhenTheDocumentChanges(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData first = withWarnings(Records.invoice("8", "d1", "100.00"), List.of(RECALCULATION));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox", List.of(Records.debtor("d1"), first)));

        ImportReport again = dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox", List.of(first)));
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.warnings()).as("an unchanged document is not reported again").isEmpty();

        DocumentWarning attachment = new DocumentWarning("ATTACHMENT_CHOSEN", "ZUGFeRD 2 gelesen.", "Read ZUGFeRD 2.");
        ImportReport changed = dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox",
                List.of(withWarnings(first, List.of(attachment)))));

        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.warnings()).extracting(ImportWarning::code).containsExactly("ATTACHMENT_CHOSEN");
        ReceivableDocument stored = dc.documents.findByExternalId(tenant, "einvoice", "8").orElseThrow();
        assertThat(stored.data().warnings()).containsExactly(attachment);
        assertThat(stored.data().flags()).isEmpty();
        assertThat(stored.data().needsConfirmation()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidWarningCodeRejectsOnlyThatDocument(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DocumentData bad = withWarnings(Records.invoice("9", "d1", "100.00"),
                List.of(new DocumentWarning("not a code", "de", "en")));

        ImportReport report = dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox",
                List.of(Records.debtor("d1"), bad, Records.invoice("10", "d1", "50.00"))));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.field()).isEqualTo("warnings.code");
            assertThat(rejection.value()).isEqualTo("not a code");
        });
    }
}
