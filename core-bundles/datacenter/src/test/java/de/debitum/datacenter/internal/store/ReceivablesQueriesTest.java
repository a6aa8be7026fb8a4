package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.query.DocumentFilter;
import de.debitum.api.query.DocumentSort;
import de.debitum.api.query.DocumentStatus;
import de.debitum.api.query.DocumentSummary;
import de.debitum.api.query.Page;
import de.debitum.api.query.ReceivablesOverview;
import de.debitum.datacenter.internal.DatacenterFixture;
import de.debitum.datacenter.internal.Records;
import de.debitum.testing.TestDatabase;

class ReceivablesQueriesTest {

    /** Records.invoice is due 2026-03-03; on this day it is 40 days overdue. */
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 12);

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    /** Three invoices of 119.00: paid, open (due in the future) and overdue, plus one unallocated payment. */
    private static TenantId seed(DatacenterFixture dc) {
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("paid", "d1", "100.00"),
                Records.withDueDate(Records.invoice("open", "d1", "100.00"), TODAY.plusDays(5)),
                Records.invoice("late", "d1", "100.00"),
                Records.payment("p1", "119.00", null), Records.payment("p2", "50.00", null))));
        long paid = dc.documents.findByExternalId(tenant, "erp", "paid").orElseThrow().id();
        long payment = dc.payments.findByExternalId(tenant, "erp", "p1").orElseThrow().id();
        dc.allocations.allocate(tenant, new Allocation(0, tenant, paid, payment, null, AllocationKind.PAYMENT,
                Money.euro("119.00"), AllocationOrigin.rule("test", new BigDecimal("1.00")), null));
        return tenant;
    }

    private static DocumentFilter filter(DocumentStatus status, String text) {
        return new DocumentFilter(status, null, text, DocumentSort.NUMBER, false, TODAY);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void documentStatusFilters(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = seed(dc);
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        Page<DocumentSummary> all = queries.documents(tenant, filter(null, null), 0, 50);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(DocumentSummary::number).containsExactly("RE-late", "RE-open", "RE-paid");
        assertThat(all.items()).extracting(DocumentSummary::status)
                .containsExactly(DocumentStatus.OVERDUE, DocumentStatus.OPEN, DocumentStatus.PAID);
        assertThat(all.items().get(2).openAmount()).isEqualByComparingTo("0");
        assertThat(all.items().get(0).debtorName()).isEqualTo("Müller Maschinenbau GmbH");

        assertThat(queries.documents(tenant, filter(DocumentStatus.PAID, null), 0, 50).items())
                .extracting(DocumentSummary::number).containsExactly("RE-paid");
        assertThat(queries.documents(tenant, filter(DocumentStatus.OPEN, null), 0, 50).items())
                .extracting(DocumentSummary::number).containsExactly("RE-open");
        assertThat(queries.documents(tenant, filter(DocumentStatus.OVERDUE, null), 0, 50).items())
                .extracting(DocumentSummary::number).containsExactly("RE-late");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void documentSearchPagesAndSorts(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = seed(dc);
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        assertThat(queries.documents(tenant, filter(null, "re-o"), 0, 50).items())
                .extracting(DocumentSummary::number).containsExactly("RE-open");
        assertThat(queries.documents(tenant, filter(null, "müller"), 0, 50).total()).isEqualTo(3);
        assertThat(queries.documents(tenant, filter(null, "%"), 0, 50).total()).isZero();

        Page<DocumentSummary> second = queries.documents(tenant, filter(null, null), 1, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(DocumentSummary::number).containsExactly("RE-paid");

        DocumentFilter byDueDescending = new DocumentFilter(null, null, null, DocumentSort.DUE_DATE, true, TODAY);
        assertThat(queries.documents(tenant, byDueDescending, 0, 1).items())
                .extracting(DocumentSummary::number).containsExactly("RE-open");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void documentSearchByNumberOrDebtorName(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        // The second debtor's name starts with "re" like every invoice number.
        DebtorData rechnungsdienst = new DebtorData("d2", "K-d2", "Rechnungsdienst Süd KG", null, null, "de", false,
                null, null, List.of());
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"), rechnungsdienst,
                Records.invoice("100", "d1", "100.00"), Records.invoice("200", "d1", "100.00"),
                Records.invoice("300", "d2", "100.00"))));
        dc.ingestion.ingest(IngestionBatch.of(other, "erp", "erp", List.of(Records.debtor("d1"), rechnungsdienst,
                Records.invoice("101", "d1", "100.00"), Records.invoice("301", "d2", "100.00"))));
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        assertThat(search(queries, tenant, "RE-1")).containsExactly("RE-100");
        assertThat(search(queries, tenant, "re-2")).containsExactly("RE-200");
        assertThat(search(queries, tenant, "Müller MASCHINENBAU")).containsExactly("RE-100", "RE-200");
        assertThat(search(queries, tenant, "rechnungsD")).containsExactly("RE-300");
        assertThat(search(queries, tenant, "re")).containsExactly("RE-100", "RE-200", "RE-300");
        assertThat(queries.documents(tenant, filter(null, "re"), 0, 50).total()).isEqualTo(3);
        assertThat(queries.documents(tenant, filter(null, "re"), 1, 2).items())
                .extracting(DocumentSummary::number).containsExactly("RE-300");
        assertThat(search(queries, tenant, "re-3x")).isEmpty();
        assertThat(search(queries, other, "re")).containsExactly("RE-101", "RE-301");
        assertThat(queries.documents(tenant, filter(DocumentStatus.OVERDUE, "rechnungsdienst"), 0, 50).total())
                .isEqualTo(1);
    }

    /** Returns the numbers of the first page of documents whose number or debtor name starts with {@code text}. */
    private static List<String> search(DefaultReceivablesQueries queries, TenantId tenant, String text) {
        return queries.documents(tenant, filter(null, text), 0, 50).items().stream().map(DocumentSummary::number).toList();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void otherTenantSeesNothing(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        seed(dc);
        TenantId other = dc.newTenant();
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        assertThat(queries.documents(other, filter(null, null), 0, 50).total()).isZero();
        assertThat(queries.debtors(other, null, 0, 50).total()).isZero();
        assertThat(queries.payments(other, false, 0, 50).total()).isZero();
        assertThat(queries.imports(other, 0, 50).total()).isZero();
        assertThat(queries.overview(other, TODAY).amounts()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void overviewBucketsAndCounts(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = seed(dc);
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        ReceivablesOverview overview = queries.overview(tenant, TODAY);

        assertThat(overview.openDocuments()).isEqualTo(2);
        assertThat(overview.overdueDocuments()).isEqualTo(1);
        assertThat(overview.unallocatedPayments()).isEqualTo(1);
        ReceivablesOverview.CurrencyFigures euro = overview.amounts().get(0);
        assertThat(euro.currency()).isEqualTo("EUR");
        assertThat(euro.open()).isEqualByComparingTo("238.00");
        assertThat(euro.overdue()).isEqualByComparingTo("119.00");
        assertThat(euro.days0to30()).isEqualByComparingTo("0");
        assertThat(euro.days31to60()).isEqualByComparingTo("119.00");
        assertThat(euro.over90()).isEqualByComparingTo("0");
        // All three invoices (357.00 gross) were issued 70 days before TODAY: DSO = 238.00 / 357.00 * 90.
        assertThat(euro.dso()).isEqualTo(60.0);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void paymentsAndDebtorsPage(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = seed(dc);
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        assertThat(queries.payments(tenant, false, 0, 50).total()).isEqualTo(2);
        assertThat(queries.payments(tenant, true, 0, 50).items()).singleElement()
                .satisfies(payment -> assertThat(payment.amount()).isEqualByComparingTo("50.00"));
        assertThat(queries.debtors(tenant, "K-d", 0, 50).total()).isEqualTo(1);
        assertThat(queries.debtors(tenant, "x", 0, 50).total()).isZero();
        assertThat(queries.imports(tenant, 0, 50).items()).singleElement()
                .satisfies(batch -> assertThat(batch.received()).isEqualTo(6));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void creditNoteAllocationCountsForBoth(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.creditNote("2", "d1", "119.00"))));
        long invoice = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        long creditNote = dc.documents.findByExternalId(tenant, "erp", "2").orElseThrow().id();
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);
        assertThat(queries.documents(tenant, filter(DocumentStatus.PAID, null), 0, 50).total()).isZero();

        dc.allocations.allocate(tenant, new Allocation(0, tenant, invoice, null, creditNote, AllocationKind.CREDIT_NOTE,
                Money.euro("119.00"), AllocationOrigin.rule("test", new BigDecimal("1.00")), null));

        assertThat(queries.documents(tenant, filter(DocumentStatus.PAID, null), 0, 50).items())
                .extracting(DocumentSummary::number).containsExactlyInAnyOrder("RE-1", "GS-2");
        assertThat(queries.overview(tenant, TODAY).openDocuments()).isZero();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pageBoundsAreChecked(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DefaultReceivablesQueries queries = new DefaultReceivablesQueries(dc.persistence);

        assertThatThrownBy(() -> queries.documents(tenant, filter(null, null), 0, Page.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page size 501");
        assertThatThrownBy(() -> queries.debtors(tenant, null, -1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page -1");
    }
}
