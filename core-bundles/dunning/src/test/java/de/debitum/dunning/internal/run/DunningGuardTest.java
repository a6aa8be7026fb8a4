package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.dunning.DunningBlockKind;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DunningBlock;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.store.DefaultMatchReviewStore;
import de.debitum.dunning.run.RunResult;
import de.debitum.dunning.run.SkippedItem;
import de.debitum.testing.TestDatabase;

/**
 * The guards that keep a run from reminding too early: payment data, unallocated money, unsafe
 * sources, blocks, thresholds and grace days. Each skip carries its reason and is audited.
 * Invoices are due Monday 2025-01-13, so the payment reminder is due on 01-23.
 */
class DunningGuardTest {

    private static final LocalDate DUE = LocalDate.of(2025, 1, 13);
    private static final LocalDate REMINDER_DAY = LocalDate.of(2025, 1, 23);

    static List<TestDatabase.Kind> kinds() {
        return DunningFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void graceDaysDelayFirstNotice(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G1", false).invoice("RE-1", "G1", "100.00", DUE.minusDays(14), DUE).store();

        RunResult dayBefore = dc.service.run(tenant, REMINDER_DAY.minusDays(1), "test");

        assertThat(dayBefore.noticeCount()).isZero();
        assertThat(single(dayBefore).reasonCode()).isEqualTo("NEXT_LEVEL_NOT_DUE");
        assertThat(single(dayBefore).messageDe()).contains("23.01.2025");
        assertThat(dc.service.run(tenant, REMINDER_DAY, "test").noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void smallAmountIsBelowThreshold(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G2", false).invoice("RE-2", "G2", "4.99", DUE.minusDays(14), DUE).store();

        RunResult result = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(result.noticeCount()).isZero();
        assertThat(single(result).reasonCode()).isEqualTo("BELOW_MINIMUM_AMOUNT");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void missingPaymentSourceBlocksEverything(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G3", false).invoice("RE-3", "G3", "100.00", DUE.minusDays(14), DUE)
                .withoutPaymentSource().store();

        RunResult result = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(result.noticeCount()).isZero();
        assertThat(single(result).reasonCode()).isEqualTo("NO_PAYMENT_DATA");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void coverageGapBlocksUntilFilled(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        DunningFixture.Tenant data = dc.tenant().debtor("G4", false).invoice("RE-4", "G4", "100.00", DUE.minusDays(14), DUE)
                .paymentsCoveredTo(REMINDER_DAY.minusDays(3));
        TenantId tenant = data.store();

        RunResult gap = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(gap.noticeCount()).isZero();
        assertThat(single(gap).reasonCode()).isEqualTo("COVERAGE_GAP");
        assertThat(single(gap).messageEn()).contains("2025-01-21");

        // The bank delivers the missing days: now the data is complete up to the day before the run.
        dc.ingestion.ingest(de.debitum.api.ingest.IngestionBatch.of(tenant, DunningFixture.BANK, "bank-1", List.of())
                .withCoverage(new de.debitum.api.ingest.CoveragePeriod(de.debitum.api.ingest.DataKind.PAYMENTS,
                        REMINDER_DAY.minusDays(3), LocalDate.of(2025, 12, 31))));
        assertThat(dc.service.run(tenant, REMINDER_DAY.plusDays(1), "test").noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unallocatedPaymentBlocksDebtor(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G5", false)
                .invoice("RE-5", "G5", "100.00", DUE.minusDays(14), DUE)
                .invoice("RE-6", "G5", "50.00", DUE.minusDays(14), DUE)
                .payment("P-5", "G5", "100.00", DUE.plusDays(2))
                .store();

        RunResult blocked = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(blocked.noticeCount()).isZero();
        assertThat(blocked.skipped()).extracting(SkippedItem::reasonCode)
                .containsExactly("UNALLOCATED_PAYMENTS", "UNALLOCATED_PAYMENTS");

        // A clerk allocates the payment to RE-5: RE-5 is settled and RE-6 may be reminded.
        dc.allocations.allocate(tenant, new Allocation(0, tenant, dc.documentId(tenant, "RE-5"),
                dc.paymentId(tenant, "P-5"), null, AllocationKind.PAYMENT, Money.euro("100.00"),
                AllocationOrigin.user("clerk"), null));
        RunResult after = dc.service.run(tenant, REMINDER_DAY.plusDays(1), "test");
        assertThat(after.noticeCount()).isEqualTo(1);
        assertThat(after.notices().get(0).notice().items()).extracting(item -> item.documentNumber()).containsExactly("RE-6");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void openMatchingSuggestionSkipsItsInvoice(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        // The payment comes from an IBAN no debtor is known by, so only the suggestion ties it to RE-8.
        TenantId tenant = dc.tenant().debtor("G7", false)
                .invoice("RE-8", "G7", "100.00", DUE.minusDays(14), DUE)
                .invoice("RE-9", "G7", "50.00", DUE.minusDays(14), DUE)
                .payment("P-8", "unknown payer", "100.00", DUE.plusDays(2))
                .store();
        long paymentId = dc.paymentId(tenant, "P-8");
        Allocation proposed = new Allocation(0, tenant, dc.documentId(tenant, "RE-8"), paymentId, null,
                AllocationKind.PAYMENT, Money.euro("100.00"), AllocationOrigin.rule("amount+name", new BigDecimal("0.6")),
                null);
        DefaultMatchReviewStore review = new DefaultMatchReviewStore(dc.persistence);
        review.replaceOpen(tenant, List.of(paymentId), List.of(new MatchSuggestion(0, tenant, paymentId,
                dc.debtorId(tenant, "G7"), 1, new BigDecimal("0.6000"), "amount+name", "{}", List.of(proposed),
                MatchSuggestion.State.OPEN, null, null, null)));

        RunResult preview = dc.service.preview(tenant, REMINDER_DAY);

        assertThat(preview.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.documentNumber()).isEqualTo("RE-8");
            assertThat(skipped.reasonCode()).isEqualTo("MATCHING_SUGGESTION_OPEN");
            assertThat(skipped.messageDe()).startsWith("Zahlungsvorschlag offen");
            assertThat(skipped.messageEn()).startsWith("Matching suggestion open");
        });
        assertThat(preview.notices()).singleElement().satisfies(notice -> assertThat(notice.notice().items())
                .extracting(item -> item.documentNumber()).containsExactly("RE-9"));

        // A clerk rejects the suggestion: RE-8 is overdue like any other item again.
        review.reject(tenant, review.listOpen(tenant, 0, 10).get(0).id(), "clerk");
        RunResult after = dc.service.preview(tenant, REMINDER_DAY);
        assertThat(after.skipped()).isEmpty();
        assertThat(after.notices()).singleElement().satisfies(notice -> assertThat(notice.notice().items())
                .extracting(item -> item.documentNumber()).containsExactly("RE-8", "RE-9"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unsafeSourceNeedsConfirmation(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G6", false)
                .document("RE-7", "G6", "100.00", DUE.minusDays(14), DUE, false)
                .store();

        RunResult unconfirmed = dc.service.run(tenant, REMINDER_DAY, "test");
        assertThat(single(unconfirmed).reasonCode()).isEqualTo("UNCONFIRMED_SOURCE");

        dc.store.confirmDocument(tenant, dc.documentId(tenant, "RE-7"), "clerk");
        assertThat(dc.service.run(tenant, REMINDER_DAY.plusDays(1), "test").noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invoiceBlockSkipsOnlyThatInvoice(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G7", false)
                .invoice("RE-8", "G7", "100.00", DUE.minusDays(14), DUE)
                .invoice("RE-9", "G7", "200.00", DUE.minusDays(14), DUE)
                .store();
        long debtor = dc.debtorId(tenant, "G7");
        dc.store.addBlock(tenant, debtor, dc.documentId(tenant, "RE-8"), DunningBlockKind.DISPUTE,
                "Kunde bestreitet die Lieferung", DUE, null, "clerk");

        RunResult result = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(result.noticeCount()).isEqualTo(1);
        assertThat(result.notices().get(0).notice().items()).extracting(item -> item.documentNumber()).containsExactly("RE-9");
        assertThat(single(result).reasonCode()).isEqualTo("BLOCKED_DISPUTE");
        assertThat(dc.audit.forDocument(tenant, dc.documentId(tenant, "RE-8")))
                .extracting(event -> event.type())
                .contains(AuditEventType.BLOCKED, AuditEventType.DUNNING_SKIPPED);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void promiseToPayDelaysUntilAfterGrace(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G8", false).invoice("RE-10", "G8", "100.00", DUE.minusDays(14), DUE).store();
        LocalDate promised = LocalDate.of(2025, 1, 31);
        dc.store.addBlock(tenant, dc.debtorId(tenant, "G8"), null, DunningBlockKind.PROMISE_TO_PAY,
                "Zahlung bis Monatsende zugesagt", DUE, promised, "clerk");

        RunResult during = dc.service.run(tenant, REMINDER_DAY, "test");
        assertThat(single(during).reasonCode()).isEqualTo("BLOCKED_PROMISE_TO_PAY");
        assertThat(single(during).messageDe()).contains("bis einschließlich 31.01.2025");

        // The block ends on 01-31; three grace days follow, so 02-04 is the first day for a notice.
        RunResult graceDay = dc.service.run(tenant, promised.plusDays(3), "test");
        assertThat(single(graceDay).reasonCode()).isEqualTo("NEXT_LEVEL_NOT_DUE");
        assertThat(dc.service.run(tenant, promised.plusDays(4), "test").noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void debtorRecordBlockApplies(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G9", false).invoice("RE-11", "G9", "100.00", DUE.minusDays(14), DUE).store();
        dc.debtors.setDunningBlock(tenant, dc.debtorId(tenant, "G9"), new DunningBlock("Insolvenzverfahren", null), "clerk");

        RunResult result = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(result.noticeCount()).isZero();
        assertThat(single(result).reasonCode()).isEqualTo("BLOCKED_OTHER");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void liftedBlockNoLongerApplies(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G10", false).invoice("RE-12", "G10", "100.00", DUE.minusDays(14), DUE).store();
        var block = dc.store.addBlock(tenant, dc.debtorId(tenant, "G10"), null, DunningBlockKind.INSTALMENTS,
                "Ratenzahlung vereinbart", DUE, null, "clerk");
        assertThat(single(dc.service.run(tenant, REMINDER_DAY, "test")).reasonCode()).isEqualTo("BLOCKED_INSTALMENTS");

        dc.store.liftBlock(tenant, block.id(), "clerk");

        assertThat(dc.service.run(tenant, REMINDER_DAY.plusDays(1), "test").noticeCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void partialPaymentRemindsOpenRest(TestDatabase.Kind kind) {
        DunningFixture dc = DunningFixture.of(kind);
        TenantId tenant = dc.tenant().debtor("G11", false)
                .invoice("RE-13", "G11", "100.00", DUE.minusDays(14), DUE)
                .payment("P-13", "G11", "60.00", DUE)
                .store();
        dc.allocations.allocate(tenant, new Allocation(0, tenant, dc.documentId(tenant, "RE-13"),
                dc.paymentId(tenant, "P-13"), null, AllocationKind.PAYMENT, Money.euro("60.00"),
                AllocationOrigin.rule("reference", new BigDecimal("0.99")), null));

        RunResult result = dc.service.run(tenant, REMINDER_DAY, "test");

        assertThat(result.noticeCount()).isEqualTo(1);
        assertThat(result.notices().get(0).notice().items().get(0).openAmount()).isEqualTo(Money.euro("40.00"));
    }

    private static SkippedItem single(RunResult result) {
        assertThat(result.skipped()).hasSize(1);
        return result.skipped().get(0);
    }
}
