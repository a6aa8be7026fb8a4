package de.debitum.ledger.internal;

import static de.debitum.ledger.internal.LedgerFixture.debtor;
import static de.debitum.ledger.internal.LedgerFixture.document;
import static de.debitum.ledger.internal.LedgerFixture.invoice;
import static de.debitum.ledger.internal.LedgerFixture.payment;
import static de.debitum.ledger.internal.LedgerFixture.vat19;
import static de.debitum.ledger.internal.LedgerFixture.vat7;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.ledger.BookingRun;
import de.debitum.ledger.Charge;
import de.debitum.testing.TestDatabase;

/**
 * The bookings of each business event, with accounts, amounts and tax keys in SKR03 and SKR04,
 * written to and read from the real store.
 */
class LedgerBookingTest {

    private static final LocalDate FEB_3 = LocalDate.of(2026, 2, 3);
    private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);

    static List<TestDatabase.Kind> kinds() {
        return LedgerFixture.kinds();
    }

    /** Formats a booking as "debit>credit amount key GU", the way a bookkeeper reads a journal line. */
    static String line(Booking booking) {
        return booking.debitAccount() + ">" + booking.creditAccount() + " " + booking.amount().amount().toPlainString()
                + " key=" + (booking.taxKey() == null ? "-" : booking.taxKey()) + (booking.generalumkehr() ? " GU" : "");
    }

    private static TenantId tenantWith(LedgerFixture lf, Chart chart) {
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(LedgerSettings.defaults(tenant, chart), "test");
        return tenant;
    }

    private static List<String> lines(LedgerFixture lf, TenantId tenant, SourceType type, long id) {
        return lf.bookingsOf(tenant, type, id).stream().map(LedgerBookingTest::line).toList();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invoiceBooksDebtorToRevenuePerRate(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (Chart chart : Chart.values()) {
            TenantId tenant = tenantWith(lf, chart);
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00"), vat7("50.00")));

            BookingRun run = lf.bookAll(tenant);

            long invoice = lf.documentId(tenant, "1");
            String revenue19 = chart == Chart.SKR03 ? "8400" : "4400";
            String revenue7 = chart == Chart.SKR03 ? "8300" : "4300";
            // Both revenue accounts are automatic accounts, so DATEV computes the tax and no key is written.
            assertThat(lines(lf, tenant, SourceType.DOCUMENT, invoice)).as(chart.name())
                    .containsExactly("10000>" + revenue19 + " 119.00 key=-", "10000>" + revenue7 + " 53.50 key=-");
            Booking first = lf.bookingsOf(tenant, SourceType.DOCUMENT, invoice).get(0);
            assertThat(first.belegfeld1()).isEqualTo("RE-1");
            assertThat(first.dueDate()).isEqualTo(FEB_3.plusDays(30));
            assertThat(first.debtorAccount()).isEqualTo(10000);
            assertThat(first.date()).isEqualTo(FEB_3);
            assertThat(run.events()).containsEntry(SourceType.DOCUMENT, 1);
            assertThat(run.bookings()).isEqualTo(2);
            assertThat(lf.documents.find(tenant, invoice).orElseThrow().bookedOn()).isEqualTo(FEB_3);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void longerAccountsExtendStandardAccounts(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 5, 100_000, 699_999,
                de.debitum.api.ledger.DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false), "test");
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                payment("p1", "119.00", FEB_20, null, null));
        long invoice = lf.documentId(tenant, "1");
        long discount = lf.allocate(tenant, invoice, null, AllocationKind.CASH_DISCOUNT, "2.38").id();
        long allocation = lf.allocate(tenant, invoice, lf.paymentId(tenant, "p1"), AllocationKind.PAYMENT, "116.62").id();

        lf.bookAll(tenant);

        // 84000 stays an automatic account at length 5, so it carries no tax key either.
        assertThat(lines(lf, tenant, SourceType.DOCUMENT, invoice)).containsExactly("100000>84000 119.00 key=-");
        assertThat(lines(lf, tenant, SourceType.ALLOCATION, discount)).containsExactly("87300>100000 2.38 key=3");
        assertThat(lines(lf, tenant, SourceType.ALLOCATION, allocation)).containsExactly("12000>100000 116.62 key=-");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void creditNoteAndCancellationKeepTaxKey(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();
        // 8000 is no automatic account, so the tax key is written and must survive the reversal.
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 4, 10_000, 69_999,
                de.debitum.api.ledger.DebtorAccountRule.SEQUENTIAL, Map.of(AccountRole.REVENUE_19, 8000), Map.of(), true,
                false), "test");
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"),
                invoice("1", "d1", FEB_3, vat19("100.00")),
                document("2", "d1", DocumentKind.CREDIT_NOTE, "GS-2", FEB_3, "RE-1", vat19("10.00")),
                document("3", "d1", DocumentKind.CANCELLATION, "ST-3", FEB_3, "RE-1", vat19("100.00")));

        lf.bookAll(tenant);

        assertThat(lines(lf, tenant, SourceType.DOCUMENT, lf.documentId(tenant, "1"))).containsExactly("10000>8000 119.00 key=3");
        assertThat(lines(lf, tenant, SourceType.DOCUMENT, lf.documentId(tenant, "2"))).containsExactly("8000>10000 11.90 key=3");
        // A cancellation repeats the invoice's sides and key as a Generalumkehr and clears the invoice's number.
        List<Booking> cancellation = lf.bookingsOf(tenant, SourceType.DOCUMENT, lf.documentId(tenant, "3"));
        assertThat(cancellation).extracting(LedgerBookingTest::line).containsExactly("10000>8000 119.00 key=3 GU");
        assertThat(cancellation.get(0).belegfeld1()).isEqualTo("RE-1");
        assertThat(cancellation.get(0).text()).isEqualTo("Storno ST-3 zu RE-1");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void paymentBooksBankToDebtor(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (Chart chart : Chart.values()) {
            TenantId tenant = tenantWith(lf, chart);
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                    payment("p1", "119.00", FEB_20, null, null));
            long allocation = lf.allocate(tenant, lf.documentId(tenant, "1"), lf.paymentId(tenant, "p1"),
                    AllocationKind.PAYMENT, "119.00").id();

            BookingRun run = lf.bookAll(tenant);

            String bank = chart == Chart.SKR03 ? "1200" : "1800";
            assertThat(lines(lf, tenant, SourceType.ALLOCATION, allocation)).as(chart.name())
                    .containsExactly(bank + ">10000 119.00 key=-");
            Booking booking = lf.bookingsOf(tenant, SourceType.ALLOCATION, allocation).get(0);
            assertThat(booking.date()).isEqualTo(FEB_20);
            assertThat(booking.belegfeld1()).isEqualTo("RE-1");
            assertThat(run.events()).containsEntry(SourceType.ALLOCATION, 1).doesNotContainKey(SourceType.OVERPAYMENT);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bankAccountFollowsPaymentIban(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 4, 10_000, 69_999,
                de.debitum.api.ledger.DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(LedgerFixture.BANK_IBAN, 1210), true,
                false), "test");
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                payment("p1", "119.00", FEB_20, null, null));
        long allocation = lf.allocate(tenant, lf.documentId(tenant, "1"), lf.paymentId(tenant, "p1"),
                AllocationKind.PAYMENT, "119.00").id();

        lf.bookAll(tenant);

        assertThat(lines(lf, tenant, SourceType.ALLOCATION, allocation)).containsExactly("1210>10000 119.00 key=-");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void cashDiscountCorrectsTaxPerRate(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (Chart chart : Chart.values()) {
            TenantId tenant = tenantWith(lf, chart);
            // Gross 119.00 at 19 % and 107.00 at 7 %: a discount of 4.52 splits 2.38 and 2.14.
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00"), vat7("100.00")),
                    payment("p1", "221.48", FEB_20, null, null));
            long invoice = lf.documentId(tenant, "1");
            lf.allocate(tenant, invoice, lf.paymentId(tenant, "p1"), AllocationKind.PAYMENT, "221.48");
            long discount = lf.allocate(tenant, invoice, null, AllocationKind.CASH_DISCOUNT, "4.52").id();

            lf.bookAll(tenant);

            String account = chart == Chart.SKR03 ? "8730" : "4730";
            assertThat(lines(lf, tenant, SourceType.ALLOCATION, discount)).as(chart.name())
                    .containsExactly(account + ">10000 2.38 key=3", account + ">10000 2.14 key=2");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void writeOffAndDeductedFeeBookLossAndCharges(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (Chart chart : Chart.values()) {
            TenantId tenant = tenantWith(lf, chart);
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));
            long invoice = lf.documentId(tenant, "1");
            long writeOff = lf.allocate(tenant, invoice, null, AllocationKind.WRITE_OFF, "59.50").id();
            long fee = lf.allocate(tenant, invoice, null, AllocationKind.FEE, "1.50").id();

            lf.bookAll(tenant);

            String loss = chart == Chart.SKR03 ? "2400" : "6930";
            String charges = chart == Chart.SKR03 ? "4970" : "6855";
            assertThat(lines(lf, tenant, SourceType.ALLOCATION, writeOff)).as(chart.name())
                    .containsExactly(loss + ">10000 59.50 key=3");
            assertThat(lines(lf, tenant, SourceType.ALLOCATION, fee)).as(chart.name())
                    .containsExactly(charges + ">10000 1.50 key=-");
            // Without a payment the day of the allocation counts: 2026-03-02 in Germany.
            assertThat(lf.bookingsOf(tenant, SourceType.ALLOCATION, writeOff).get(0).date()).isEqualTo(LocalDate.of(2026, 3, 2));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bankFeeOfPaymentBooksCharges(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (Chart chart : Chart.values()) {
            TenantId tenant = tenantWith(lf, chart);
            lf.ingest(tenant, payment("p1", "500.00", FEB_20, Money.euro("2.50"), null));

            BookingRun run = lf.bookAll(tenant);

            String charges = chart == Chart.SKR03 ? "4970" : "6855";
            String bank = chart == Chart.SKR03 ? "1200" : "1800";
            assertThat(lines(lf, tenant, SourceType.BANK_FEE, lf.paymentId(tenant, "p1"))).as(chart.name())
                    .containsExactly(charges + ">" + bank + " 2.50 key=-");
            assertThat(run.events()).containsOnlyKeys(SourceType.BANK_FEE);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deductedBankFeeIsBookedOnce(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = tenantWith(lf, Chart.SKR03);
        // The bank credited 116.50 of 119.00 and reports 2.50 charges; matching allocated them as a FEE.
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                payment("p1", "116.50", FEB_20, Money.euro("2.50"), null));
        long invoice = lf.documentId(tenant, "1");
        long paymentId = lf.paymentId(tenant, "p1");
        lf.allocate(tenant, invoice, paymentId, AllocationKind.PAYMENT, "116.50");
        long fee = lf.allocate(tenant, invoice, paymentId, AllocationKind.FEE, "2.50").id();

        BookingRun run = lf.bookAll(tenant);

        assertThat(lines(lf, tenant, SourceType.ALLOCATION, fee)).containsExactly("4970>10000 2.50 key=-");
        assertThat(lines(lf, tenant, SourceType.BANK_FEE, paymentId)).isEmpty();
        assertThat(lf.store.isBooked(tenant, SourceType.BANK_FEE, String.valueOf(paymentId))).isTrue();
        assertThat(run.bookings()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void returnedDirectDebitReopensAndChargesFee(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (boolean feeToDebtor : new boolean[] {true, false}) {
            TenantId tenant = lf.newTenant();
            LedgerSettings defaults = LedgerSettings.defaults(tenant, Chart.SKR03);
            lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 4, 10_000, 69_999,
                    defaults.debtorAccountRule(), Map.of(), Map.of(), feeToDebtor, false), "test");
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                    payment("p1", "119.00", FEB_20, null, null),
                    payment("r1", "-122.00", FEB_20.plusDays(5), Money.euro("3.00"), "MD06"));
            long invoice = lf.documentId(tenant, "1");
            lf.allocate(tenant, invoice, lf.paymentId(tenant, "p1"), AllocationKind.PAYMENT, "119.00");
            long reopening = lf.allocate(tenant, invoice, lf.paymentId(tenant, "r1"), AllocationKind.PAYMENT, "119.00").id();

            lf.bookAll(tenant);

            assertThat(lines(lf, tenant, SourceType.ALLOCATION, reopening)).containsExactly("10000>1200 119.00 key=-");
            assertThat(lf.bookingsOf(tenant, SourceType.ALLOCATION, reopening).get(0).text())
                    .isEqualTo("Rücklastschrift RE-1 (MD06)");
            assertThat(lines(lf, tenant, SourceType.RETURN_FEE, lf.paymentId(tenant, "r1"))).as("fee to debtor " + feeToDebtor)
                    .containsExactly(feeToDebtor ? "10000>1200 3.00 key=-" : "4970>1200 3.00 key=-");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void overpaymentStaysAsCreditAndIsUsedLater(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = tenantWith(lf, Chart.SKR03);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), debtor("d2", "K-2", "Schmidt KG"),
                invoice("1", "d1", FEB_3, vat19("100.00")), invoice("2", "d1", FEB_3, vat19("10.00")),
                invoice("3", "d2", FEB_3, vat19("10.00")), payment("p1", "150.00", FEB_20, null, null));
        long paymentId = lf.paymentId(tenant, "p1");
        lf.allocate(tenant, lf.documentId(tenant, "1"), paymentId, AllocationKind.PAYMENT, "119.00");

        BookingRun first = lf.bookAll(tenant);

        assertThat(lines(lf, tenant, SourceType.OVERPAYMENT, paymentId)).containsExactly("1200>10000 31.00 key=-");
        assertThat(first.events()).containsEntry(SourceType.OVERPAYMENT, 1);

        // The credit is used on the same debtor's invoice (no booking: same account) and on another
        // debtor's invoice (a transfer between the debtor accounts, no new money from the bank).
        long sameDebtor = lf.allocate(tenant, lf.documentId(tenant, "2"), paymentId, AllocationKind.PAYMENT, "11.90").id();
        long otherDebtor = lf.allocate(tenant, lf.documentId(tenant, "3"), paymentId, AllocationKind.PAYMENT, "11.90").id();
        BookingRun second = lf.bookAll(tenant);

        assertThat(lines(lf, tenant, SourceType.ALLOCATION, sameDebtor)).isEmpty();
        assertThat(lf.store.isBooked(tenant, SourceType.ALLOCATION, String.valueOf(sameDebtor))).isTrue();
        assertThat(lines(lf, tenant, SourceType.ALLOCATION, otherDebtor)).containsExactly("10000>10001 11.90 key=-");
        assertThat(second.events()).containsEntry(SourceType.ALLOCATION, 2).doesNotContainKey(SourceType.OVERPAYMENT);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void chargesBookWithoutTaxOnce(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (Chart chart : Chart.values()) {
            TenantId tenant = tenantWith(lf, chart);
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));
            long invoice = lf.documentId(tenant, "1");
            Charge fee = new Charge(SourceType.DUNNING_FEE, "notice-7", invoice, Money.euro("5.00"), FEB_20);
            Charge interest = new Charge(SourceType.DEFAULT_INTEREST, "notice-7-interest", invoice, Money.euro("1.23"), FEB_20);

            BookingRun booked = lf.ledger.bookCharge(tenant, fee, "dunning");
            lf.ledger.bookCharge(tenant, interest, "dunning");
            BookingRun again = lf.ledger.bookCharge(tenant, fee, "dunning");

            String fees = chart == Chart.SKR03 ? "2700" : "4830";
            String interestAccount = chart == Chart.SKR03 ? "2650" : "7100";
            assertThat(lf.store.bookingsOf(tenant, SourceType.DUNNING_FEE, "notice-7")).extracting(LedgerBookingTest::line)
                    .containsExactly("10000>" + fees + " 5.00 key=-");
            assertThat(lf.store.bookingsOf(tenant, SourceType.DEFAULT_INTEREST, "notice-7-interest"))
                    .extracting(LedgerBookingTest::line).containsExactly("10000>" + interestAccount + " 1.23 key=-");
            assertThat(booked.bookings()).isEqualTo(1);
            assertThat(again.eventCount()).isZero();
            assertThat(again.bookings()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void secondRunBooksNothingAgain(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = tenantWith(lf, Chart.SKR03);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                payment("p1", "130.00", FEB_20, Money.euro("1.00"), null));
        lf.allocate(tenant, lf.documentId(tenant, "1"), lf.paymentId(tenant, "p1"), AllocationKind.PAYMENT, "119.00");

        BookingRun first = lf.bookAll(tenant);
        BookingRun second = lf.bookAll(tenant);

        assertThat(first.events()).containsOnly(Map.entry(SourceType.DOCUMENT, 1), Map.entry(SourceType.ALLOCATION, 1),
                Map.entry(SourceType.BANK_FEE, 1), Map.entry(SourceType.OVERPAYMENT, 1));
        assertThat(first.bookings()).isEqualTo(4);
        assertThat(second.eventCount()).isZero();
        assertThat(second.bookings()).isZero();
        assertThat(lf.store.countBookings(tenant, java.time.YearMonth.of(2026, 2))).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runBooksOnlyItsRangeAndTenant(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = tenantWith(lf, Chart.SKR03);
        TenantId other = tenantWith(lf, Chart.SKR03);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")),
                invoice("2", "d1", LocalDate.of(2026, 1, 15), vat19("100.00")));
        lf.ingest(other, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));

        BookingRun run = lf.ledger.book(tenant, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "test");

        assertThat(run.events()).containsOnly(Map.entry(SourceType.DOCUMENT, 1));
        assertThat(lf.store.isBooked(tenant, SourceType.DOCUMENT, String.valueOf(lf.documentId(tenant, "2")))).isFalse();
        assertThat(lf.store.isBooked(other, SourceType.DOCUMENT, String.valueOf(lf.documentId(other, "1")))).isFalse();
        assertThat(lf.store.countBookings(other, java.time.YearMonth.of(2026, 2))).isZero();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unsupportedRateWaitsWithReason(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = tenantWith(lf, Chart.SKR03);
        de.debitum.api.model.VatLine sixteen = new de.debitum.api.model.VatLine("S", new java.math.BigDecimal("16.00"),
                Money.euro("100.00"), Money.euro("16.00"));
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, sixteen),
                invoice("2", "d1", FEB_3, vat19("100.00")));

        BookingRun run = lf.bookAll(tenant);

        assertThat(run.events()).containsOnly(Map.entry(SourceType.DOCUMENT, 1));
        assertThat(run.waitingCount()).isEqualTo(1);
        assertThat(run.waiting()).singleElement().asString().contains("RE-1").contains("16 %");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runReadsBeyondOnePage(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = tenantWith(lf, Chart.SKR03);
        int count = BookingRunner.PAGE * 2 + 7;
        List<de.debitum.api.model.CanonicalRecord> records = new java.util.ArrayList<>();
        records.add(debtor("d1", "K-1", "Müller GmbH"));
        records.addAll(LedgerFixture.invoices("i", "d1", count, FEB_3));
        lf.ingest(tenant, records.toArray(de.debitum.api.model.CanonicalRecord[]::new));

        BookingRun run = lf.bookAll(tenant);

        assertThat(run.events()).containsOnly(Map.entry(SourceType.DOCUMENT, count));
        assertThat(lf.store.countBookings(tenant, java.time.YearMonth.of(2026, 2))).isEqualTo(count);
    }
}
