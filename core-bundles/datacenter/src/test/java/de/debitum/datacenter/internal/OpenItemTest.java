package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.testing.TestDatabase;

class OpenItemTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static Allocation allocation(TenantId tenant, long documentId, Long paymentId, Long creditNoteId,
                                         AllocationKind kind, String amount) {
        return new Allocation(0, tenant, documentId, paymentId, creditNoteId, kind, Money.euro(amount),
                AllocationOrigin.rule("iban+amount", new BigDecimal("0.97")), null);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void openItemIsDueMinusAllocations(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        PaymentData payment = Records.payment("p1", "100.00", null);
        PaymentData otherPayer = new PaymentData("p2", payment.accountIban(), payment.bookingDate(), null,
                Money.euro("5.00"), "Müller", "DE75512108001245126199", null, null, null, null, null, null, null, null, false);
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.creditNote("2", "d1", "14.62"), payment, otherPayer)));
        long invoice = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        long creditNote = dc.documents.findByExternalId(tenant, "erp", "2").orElseThrow().id();
        long paymentId = dc.payments.findByExternalId(tenant, "erp", "p1").orElseThrow().id();
        long otherId = dc.payments.findByExternalId(tenant, "erp", "p2").orElseThrow().id();

        dc.allocations.allocate(tenant, allocation(tenant, invoice, paymentId, null, AllocationKind.PAYMENT, "100.00"));
        assertThat(dc.allocations.openItem(tenant, invoice).orElseThrow().open()).isEqualTo(Money.euro("19.00"));
        // The credit note has no due date, so its issue date (before the invoice's due date) orders it first.
        assertThat(dc.allocations.openItems(tenant)).extracting(OpenItem::documentId).containsExactly(creditNote, invoice);

        dc.allocations.allocate(tenant, allocation(tenant, invoice, null, null, AllocationKind.CASH_DISCOUNT, "2.38"));
        dc.allocations.allocate(tenant, allocation(tenant, invoice, otherId, null, AllocationKind.PAYMENT, "2.00"));
        dc.allocations.allocate(tenant, allocation(tenant, invoice, null, creditNote, AllocationKind.CREDIT_NOTE, "14.62"));

        OpenItem item = dc.allocations.openItem(tenant, invoice).orElseThrow();
        assertThat(item.amountDue()).isEqualTo(Money.euro("119.00"));
        assertThat(item.allocated()).isEqualTo(Money.euro("119.00"));
        assertThat(item.open().isZero()).isTrue();
        assertThat(dc.allocations.openItem(tenant, creditNote).orElseThrow().open().isZero()).isTrue();
        assertThat(dc.allocations.openItems(tenant)).isEmpty();
        assertThat(dc.allocations.listForDocument(tenant, invoice)).hasSize(4);
        assertThat(dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().ibansSeen())
                .containsExactly(Records.CUSTOMER_IBAN, "DE75512108001245126199");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidAllocationsRejected(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", List.of(Records.debtor("d1"),
                Records.invoice("1", "d1", "100.00"), Records.invoice("3", "d1", "100.00"),
                Records.payment("p1", "100.00", null))));
        long invoice = dc.documents.findByExternalId(tenant, "erp", "1").orElseThrow().id();
        long otherInvoice = dc.documents.findByExternalId(tenant, "erp", "3").orElseThrow().id();
        long paymentId = dc.payments.findByExternalId(tenant, "erp", "p1").orElseThrow().id();
        dc.allocations.allocate(tenant, allocation(tenant, invoice, paymentId, null, AllocationKind.PAYMENT, "60.00"));

        Allocation inDollars = new Allocation(0, tenant, invoice, null, null, AllocationKind.WRITE_OFF,
                Money.of("1.00", "USD"), AllocationOrigin.user("clerk"), null);
        assertThatThrownBy(() -> dc.allocations.allocate(tenant, inDollars))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the currency");
        assertThatThrownBy(() -> dc.allocations.allocate(tenant,
                allocation(tenant, otherInvoice, paymentId, null, AllocationKind.PAYMENT, "40.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would exceed it");
        assertThatThrownBy(() -> dc.allocations.allocate(tenant,
                allocation(tenant, invoice, null, otherInvoice, AllocationKind.CREDIT_NOTE, "1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a credit note");
    }
}
