package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.MatchReviewStore.AllocationGroup;
import de.debitum.api.store.MatchReviewStore.GroupResult;
import de.debitum.datacenter.internal.DatacenterFixture;
import de.debitum.datacenter.internal.Records;
import de.debitum.testing.TestDatabase;

/** The bulk reads and the batched write that a matching run uses, on H2 and PostgreSQL. */
class MatchingReadsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 2, 28);
    private static final String OTHER_IBAN = "DE75512108001245126199";

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static PaymentData payment(String externalId, LocalDate booked, String amount, String iban, String endToEndId,
                                       String mandate) {
        return new PaymentData(externalId, Records.ACCOUNT, booked, booked, Money.euro(amount), "Müller Maschinenbau GmbH",
                iban, null, "RE-" + externalId, endToEndId, null, mandate, null, null, null, false);
    }

    private static Allocation paymentAllocation(TenantId tenant, long documentId, long paymentId, String amount) {
        return new Allocation(0, tenant, documentId, paymentId, null, AllocationKind.PAYMENT, Money.euro(amount),
                AllocationOrigin.rule("reference+exact", new BigDecimal("0.99")), null);
    }

    private static long documentId(DatacenterFixture dc, TenantId tenant, String externalId) {
        return dc.documents.findByExternalId(tenant, "erp", externalId).orElseThrow().id();
    }

    private static long paymentId(DatacenterFixture dc, TenantId tenant, String externalId) {
        return dc.payments.findByExternalId(tenant, "bank", externalId).orElseThrow().id();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void paymentTermsReadInBulk(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.creditNote("2", "d1", "10.00"))));
        dc.ingestion.ingest(IngestionBatch.of(other, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("9", "d1", "100.00"))));
        long invoice = documentId(dc, tenant, "1");
        long creditNote = documentId(dc, tenant, "2");
        long foreign = documentId(dc, other, "9");

        Map<Long, PaymentTerms> terms = dc.documents.paymentTerms(tenant, List.of(invoice, creditNote, foreign, 999_999_999L));

        assertThat(terms).containsOnlyKeys(invoice, creditNote);
        assertThat(terms.get(invoice).cashDiscounts())
                .containsExactly(new CashDiscountTier(10, new BigDecimal("2.00")));
        assertThat(terms.get(invoice).text()).isEqualTo("#SKONTO#TAGE=10#PROZENT=2.00#");
        assertThat(terms.get(creditNote).cashDiscounts()).isEmpty();
        assertThat(dc.documents.paymentTerms(tenant, List.of())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void paymentTermsOfMoreThanOneChunk(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"))));
        long invoice = documentId(dc, tenant, "1");
        List<Long> ids = new ArrayList<>(Collections.nCopies(Rows.IN_LIST_CHUNK, 999_999_999L));
        ids.add(invoice);

        assertThat(dc.documents.paymentTerms(tenant, ids)).containsOnlyKeys(invoice);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unallocatedPaymentsLeaveOutAllocatedOnes(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultMatchReviewStore review = new DefaultMatchReviewStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.invoice("2", "d1", "100.00"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", List.of(
                payment("p1", LocalDate.of(2026, 2, 10), "119.00", Records.CUSTOMER_IBAN, "E2E-1", "MREF-1"),
                payment("p2", LocalDate.of(2026, 2, 11), "50.00", OTHER_IBAN, "E2E-2", null),
                payment("p3", LocalDate.of(2026, 2, 12), "119.00", OTHER_IBAN, "E2E-3", null),
                payment("p4", LocalDate.of(2026, 3, 12), "119.00", Records.CUSTOMER_IBAN, "E2E-1", null))));
        long p1 = paymentId(dc, tenant, "p1");
        long p2 = paymentId(dc, tenant, "p2");
        long p3 = paymentId(dc, tenant, "p3");
        review.allocate(tenant, paymentAllocation(tenant, documentId(dc, tenant, "1"), p1, "119.00"), null);
        Allocation undone = review.allocate(tenant, paymentAllocation(tenant, documentId(dc, tenant, "2"), p3, "119.00"),
                null);
        review.undo(tenant, undone.id(), "clerk");

        assertThat(dc.payments.countBooked(tenant, FROM, TO)).isEqualTo(3);
        assertThat(dc.payments.listBookedUnallocated(tenant, FROM, TO)).extracting(Payment::id).containsExactly(p2, p3);
        assertThat(dc.payments.listBookedAllocatedByPayer(tenant, FROM, TO, Set.of("E2E-1", "E2E-3"), Set.of(), Set.of()))
                .extracting(Payment::id).containsExactly(p1);
        assertThat(dc.payments.listBookedAllocatedByPayer(tenant, FROM, TO, Set.of(), Set.of("MREF-1"), Set.of()))
                .extracting(Payment::id).containsExactly(p1);
        assertThat(dc.payments.listBookedAllocatedByPayer(tenant, FROM, TO, Set.of(), Set.of(),
                Set.of(Records.CUSTOMER_IBAN, OTHER_IBAN))).extracting(Payment::id).containsExactly(p1);
        assertThat(dc.payments.listBookedAllocatedByPayer(tenant, FROM, TO, Set.of(), Set.of(), Set.of())).isEmpty();
        assertThat(dc.payments.listBookedAllocatedByPayer(tenant, FROM.plusDays(10), TO, Set.of("E2E-1"), Set.of(),
                Set.of())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void allocationsAndMandatesReadInBulk(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultMatchReviewStore review = new DefaultMatchReviewStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.invoice("2", "d1", "100.00"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", List.of(
                payment("p1", LocalDate.of(2026, 2, 10), "119.00", Records.CUSTOMER_IBAN, null, "MREF-1"),
                payment("p2", LocalDate.of(2026, 2, 11), "119.00", Records.CUSTOMER_IBAN, null, "MREF-2"),
                payment("p3", LocalDate.of(2026, 2, 12), "119.00", Records.CUSTOMER_IBAN, null, "MREF-3"))));
        long p1 = paymentId(dc, tenant, "p1");
        long p2 = paymentId(dc, tenant, "p2");
        Allocation first = review.allocate(tenant, paymentAllocation(tenant, documentId(dc, tenant, "1"), p1, "119.00"),
                null);
        Allocation second = review.allocate(tenant, paymentAllocation(tenant, documentId(dc, tenant, "2"), p2, "119.00"),
                null);
        long debtor = dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().id();

        assertThat(review.listForPayments(tenant, List.of(p2, p1, paymentId(dc, tenant, "p3"))))
                .extracting(Allocation::id).containsExactly(first.id(), second.id());
        assertThat(review.listForPayments(tenant, List.of())).isEmpty();
        assertThat(review.mandateReferences(tenant)).containsOnlyKeys(debtor);
        assertThat(review.mandateReferences(tenant).get(debtor)).containsExactlyInAnyOrder("MREF-1", "MREF-2");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void allocateAllSkipsRejectedGroups(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultMatchReviewStore review = new DefaultMatchReviewStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.invoice("2", "d1", "100.00"),
                Records.invoice("3", "d1", "100.00"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", List.of(
                payment("p1", LocalDate.of(2026, 2, 10), "119.00", Records.CUSTOMER_IBAN, null, null),
                payment("p2", LocalDate.of(2026, 2, 11), "60.00", Records.CUSTOMER_IBAN, null, null),
                payment("p3", LocalDate.of(2026, 2, 12), "119.00", Records.CUSTOMER_IBAN, null, null))));
        long invoice1 = documentId(dc, tenant, "1");
        long invoice2 = documentId(dc, tenant, "2");
        long invoice3 = documentId(dc, tenant, "3");
        long p2 = paymentId(dc, tenant, "p2");

        List<GroupResult> results = review.allocateAll(tenant, List.of(
                new AllocationGroup(List.of(paymentAllocation(tenant, invoice1, paymentId(dc, tenant, "p1"), "119.00")),
                        "{\"rule\":\"one\"}"),
                // The second allocation would use more of the 60.00 than is left.
                new AllocationGroup(List.of(paymentAllocation(tenant, invoice2, p2, "50.00"),
                        paymentAllocation(tenant, invoice2, p2, "50.00")), null),
                new AllocationGroup(List.of(paymentAllocation(tenant, 999_999_999L, p2, "5.00")), null),
                new AllocationGroup(List.of(paymentAllocation(tenant, invoice3, paymentId(dc, tenant, "p3"), "119.00")),
                        null)));

        assertThat(results).hasSize(4);
        assertThat(results.get(0).rejection()).isNull();
        assertThat(results.get(0).stored()).singleElement().satisfies(stored -> assertThat(stored.id()).isPositive());
        assertThat(review.explanations(tenant, List.of(results.get(0).stored().get(0).id())))
                .containsValue("{\"rule\":\"one\"}");
        assertThat(results.get(1).stored()).hasSize(1);
        assertThat(results.get(1).rejection()).contains("would exceed");
        assertThat(results.get(2).stored()).isEmpty();
        assertThat(results.get(2).rejection()).contains("999999999");
        assertThat(results.get(3).rejection()).isNull();
        assertThat(dc.allocations.openItem(tenant, invoice1).orElseThrow().open().isZero()).isTrue();
        assertThat(dc.allocations.openItem(tenant, invoice2).orElseThrow().open()).isEqualTo(Money.euro("69.00"));
        assertThat(dc.allocations.openItem(tenant, invoice3).orElseThrow().open().isZero()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void allocateAllRejectsBadInputBeforeWriting(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultMatchReviewStore review = new DefaultMatchReviewStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"))));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", List.of(
                payment("p1", LocalDate.of(2026, 2, 10), "119.00", Records.CUSTOMER_IBAN, null, null))));
        long invoice = documentId(dc, tenant, "1");
        long p1 = paymentId(dc, tenant, "p1");
        AllocationGroup valid = new AllocationGroup(List.of(paymentAllocation(tenant, invoice, p1, "119.00")), null);

        assertThatThrownBy(() -> review.allocateAll(tenant, Collections.nCopies(1001, valid)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1001");
        assertThatThrownBy(() -> review.allocateAll(tenant, List.of(valid,
                new AllocationGroup(List.of(paymentAllocation(other, invoice, p1, "1.00")), null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(other.value());
        assertThatThrownBy(() -> review.allocateAll(tenant, List.of(valid,
                new AllocationGroup(List.of(), "x".repeat(4001)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4001");
        assertThat(dc.allocations.openItem(tenant, invoice).orElseThrow().open()).isEqualTo(Money.euro("119.00"));
    }
}
