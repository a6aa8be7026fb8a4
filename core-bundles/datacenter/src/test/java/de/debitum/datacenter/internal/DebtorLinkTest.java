package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.testing.TestDatabase;

/**
 * A debtor file of one source and invoices of other sources that name the same customer number
 * end with one debtor, in either order, on the real store.
 */
class DebtorLinkTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    /** Returns the debtor of a CSV debtor file, whose external id and customer number are the Debitorennummer. */
    private static DebtorData fromDebtorFile() {
        return new DebtorData("10001", "10001", "Bäckerei Weiß GmbH",
                new PostalAddress("Backstraße 3", null, "50667", "Köln", "DE"), "buchhaltung@weiss.example", "de",
                false, "DE811111111", null, List.of());
    }

    /** Returns the thin debtor of a CSV invoice row, with number and name only. */
    private static DebtorData fromCsvInvoice() {
        return new DebtorData("10001", "10001", "Baeckerei Weiss", null, null, null, false, null, null, List.of());
    }

    /** Returns the buyer of an e-invoice, with the external id "id:" plus BT-46 and BT-46 as customer number. */
    private static DebtorData fromEInvoice() {
        return new DebtorData("id:10001", "10001", "Bäckerei Weiß GmbH", null, null, null, false, null,
                "04011000-12345-34", List.of(Records.CUSTOMER_IBAN));
    }

    private static List<Debtor> debtors(DatacenterFixture dc, TenantId tenant) {
        return dc.debtors.list(tenant, 0, 100);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void debtorFileFirstThenInvoices(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-debtors", List.of(fromDebtorFile())));

        ImportReport csv = dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:invoices", "csv-invoices",
                List.of(fromCsvInvoice(), Records.invoice("RE-1", "10001", "100.00"))));
        ImportReport mail = dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox",
                List.of(fromEInvoice(), Records.invoice("380:RE-2", "id:10001", "50.00"))));

        assertThat(csv.rejected()).as("rejected CSV records").isZero();
        assertThat(mail.rejected()).as("rejected e-invoice records").isZero();
        List<Debtor> debtors = debtors(dc, tenant);
        assertThat(debtors).as("debtors of the tenant").hasSize(1);
        Debtor debtor = debtors.get(0);
        assertThat(debtor.data().name()).as("name from the debtor file").isEqualTo("Bäckerei Weiß GmbH");
        assertThat(debtor.data().address().city()).isEqualTo("Köln");
        assertThat(debtor.data().buyerReference()).as("filled from the e-invoice").isEqualTo("04011000-12345-34");
        assertThat(debtor.ibansSeen()).containsExactly(Records.CUSTOMER_IBAN);
        assertThat(dc.documents.listByDebtor(tenant, debtor.id())).as("documents of the debtor").hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invoicesFirstThenDebtorFile(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:invoices", "csv-invoices",
                List.of(fromCsvInvoice(), Records.invoice("RE-1", "10001", "100.00"))));

        ImportReport file = dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-debtors",
                List.of(fromDebtorFile())));

        List<Debtor> debtors = debtors(dc, tenant);
        assertThat(debtors).as("debtors of the tenant").hasSize(1);
        assertThat(file.updated()).as("debtor filled from the file").isEqualTo(1);
        assertThat(debtors.get(0).data().name()).as("first name stays").isEqualTo("Baeckerei Weiss");
        assertThat(debtors.get(0).data().address().postalCode()).as("empty address filled").isEqualTo("50667");
        assertThat(debtors.get(0).data().email()).isEqualTo("buchhaltung@weiss.example");

        ImportReport again = dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-debtors",
                List.of(fromDebtorFile())));
        assertThat(again.unchanged()).as("re-import of the debtor file").isEqualTo(1);
        assertThat(debtors(dc, tenant)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void laterBatchFindsLinkedDebtor(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-debtors", List.of(fromDebtorFile())));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:invoices", "csv-invoices",
                List.of(fromCsvInvoice(), Records.invoice("RE-1", "10001", "100.00"))));

        ImportReport withoutDebtor = dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:invoices", "csv-invoices",
                List.of(Records.invoice("RE-2", "10001", "80.00"))));
        ImportReport debtorAgain = dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:invoices", "csv-invoices",
                List.of(fromCsvInvoice(), Records.invoice("RE-3", "10001", "60.00"))));
        ImportReport otherSource = dc.ingestion.ingest(IngestionBatch.of(tenant, "billing", "billing-tool",
                List.of(Records.invoice("RE-4", "10001", "40.00"))));

        assertThat(withoutDebtor.rejected()).as("rejected invoices of the batch without the debtor").isZero();
        assertThat(debtorAgain.rejected()).as("rejected records of the batch with the debtor again").isZero();
        assertThat(otherSource.rejected()).as("invoice of a source that never delivered the debtor").isEqualTo(1);
        List<Debtor> debtors = debtors(dc, tenant);
        assertThat(debtors).as("debtors of the tenant").hasSize(1);
        assertThat(dc.documents.listByDebtor(tenant, debtors.get(0).id()))
                .as("documents of the debtor").hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void otherCustomerNumberStaysApart(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-debtors", List.of(fromDebtorFile())));
        DebtorData other = new DebtorData("10002", "10002", "Metzgerei Huber", null, null, null, false, null, null,
                List.of());
        DebtorData withoutNumber = new DebtorData("name:huber", null, "Metzgerei Huber", null, null, null, false,
                null, null, List.of());

        dc.ingestion.ingest(IngestionBatch.of(tenant, "einvoice", "mailbox", List.of(other, withoutNumber)));

        assertThat(debtors(dc, tenant)).extracting(debtor -> debtor.data().customerNumber())
                .containsExactly("10001", "10002", null);
    }
}
