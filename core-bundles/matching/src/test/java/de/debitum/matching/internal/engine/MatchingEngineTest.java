package de.debitum.matching.internal.engine;

import static de.debitum.matching.internal.engine.Scenario.HUBER_IBAN;
import static de.debitum.matching.internal.engine.Scenario.ISSUED;
import static de.debitum.matching.internal.engine.Scenario.SCHULZ_IBAN;
import static de.debitum.matching.internal.engine.Scenario.STRANGER_IBAN;
import static de.debitum.matching.internal.engine.Scenario.TWO_PERCENT_TEN_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;

class MatchingEngineTest {

    private static List<Tuple> allocations(Proposal proposal) {
        return proposal.allocations().stream()
                .map(a -> tuple(a.documentId(), a.paymentId(), a.creditNoteId(), a.kind(), a.amount())).toList();
    }

    private static Scenario twoDebtors() {
        return new Scenario()
                .debtor(1, "Bäckerei Huber GmbH", HUBER_IBAN)
                .debtor(2, "Anna Schulz", SCHULZ_IBAN);
    }

    @Test
    void exactAmountWithReferenceIsAutomatic() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-2026-0010", "119.00").invoice(11, 1, "RE-2026-0011", "119.00");
        long payment = s.pay("119.00", "BAECKEREI HUBER", HUBER_IBAN, "RE-2026-0011");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(11L, payment, null, AllocationKind.PAYMENT, Money.euro("119.00")));
        assertThat(decision.applied().explanation().rule()).isEqualTo("reference+exact");
        assertThat(decision.applied().allocations().get(0).origin().confidence()).isEqualByComparingTo("0.99");
    }

    @Test
    void unknownNumberKeepsSameAmountForPerson() {
        // RE-2026-0047 has not arrived yet; the open invoice of the same debtor and amount is another one.
        Scenario s = twoDebtors().invoice(10, 1, "RE-2026-0010", "119.00");
        s.pay("119.00", "BAECKEREI HUBER", HUBER_IBAN, "RE RE-2026-0047 Kd-Nr. 10001");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals().get(0).explanation().german()).contains("nennt RE-2026-0047");
    }

    @Test
    void secondPaymentOfSettledInvoiceGoesToPerson() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-2026-0010", "119.00").invoice(11, 1, "RE-2026-0047", "119.00");
        s.pay("119.00", "BAECKEREI HUBER", HUBER_IBAN, "RE RE-2026-0010", ISSUED.plusDays(5));
        s.pay("119.00", "BAECKEREI HUBER", HUBER_IBAN, "RE RE-2026-0010", ISSUED.plusDays(9));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC, Outcome.SUGGESTION);
        assertThat(decisions.get(1).proposals().get(0).explanation().german()).contains("schon bezahlt");
    }

    @Test
    void swappedDigitsStillSettleOwnInvoice() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-2026-4711", "119.00");
        long payment = s.pay("119.00", "BAECKEREI HUBER", HUBER_IBAN, "RE RE-2026-7411");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("119.00")));
    }

    @Test
    void explanationIsGermanAndEnglish() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-2026-0010", "1190.00");
        s.pay("1190.00", "BAECKEREI HUBER", HUBER_IBAN, "Rechnung 2026-10");

        Proposal applied = s.only().applied();

        assertThat(applied.explanation().german()).contains("Zahlung für RE-2026-0010", "Sicherheit 99 %",
                "Verwendungszweck nennt Beleg RE-2026-0010", "IBAN …3000", "Der Betrag 1.190,00 EUR entspricht");
        assertThat(applied.explanation().english()).contains("Payment for RE-2026-0010", "confidence 99 %",
                "remittance text names document RE-2026-0010", "The amount 1190.00 EUR equals");
        assertThat(applied.explanation().german()).doesNotContain(HUBER_IBAN);
    }

    @Test
    void cashDiscountWithinTermsIsAutomatic() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "1190.00", TWO_PERCENT_TEN_DAYS);
        long payment = s.pay("1166.20", "Bäckerei Huber", HUBER_IBAN, "RE-10 abzgl. 2% Skonto", ISSUED.plusDays(8));

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied())).containsExactly(
                tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("1166.20")),
                tuple(10L, payment, null, AllocationKind.CASH_DISCOUNT, Money.euro("23.80")));
    }

    @Test
    void cashDiscountAfterTermsIsOnlySuggested() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "1190.00", TWO_PERCENT_TEN_DAYS);
        s.pay("1166.20", "Bäckerei Huber", HUBER_IBAN, "RE-10 abzgl. 2% Skonto", ISSUED.plusDays(25));

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals().get(0).explanation().rule()).isEqualTo("reference+cash-discount-late");
        assertThat(decision.proposals().get(0).explanation().german()).contains("nach Ablauf der Skontofrist");
    }

    @Test
    void bankFeeWithinToleranceIsAutomatic() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        long payment = s.pay("496.50", "Bäckerei Huber", HUBER_IBAN, "RE-10");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied())).containsExactly(
                tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("496.50")),
                tuple(10L, payment, null, AllocationKind.FEE, Money.euro("3.50")));
    }

    @Test
    void shortfallBeyondToleranceIsPartialPayment() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        long payment = s.pay("250.00", "Bäckerei Huber", HUBER_IBAN, "RE-10 1. Rate");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decision.applied().explanation().rule()).isEqualTo("reference+partial");
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("250.00")));
    }

    @Test
    void partialPaymentFromUnknownPayerIsSuggestion() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        s.pay("250.00", "Treuhand Meier", STRANGER_IBAN, "RE-10");

        assertThat(s.only().outcome()).isEqualTo(Outcome.SUGGESTION);
    }

    @Test
    void overpaymentLeavesCreditOnDebtor() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        long payment = s.pay("550.00", "Bäckerei Huber", HUBER_IBAN, "RE-10");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("500.00")));
        assertThat(decision.applied().debtorCredit()).isEqualTo(Money.euro("50.00"));
        assertThat(decision.applied().debtorId()).isEqualTo(1L);
    }

    @Test
    void onePaymentForSeveralReferencedInvoices() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00").invoice(11, 1, "RE-11", "200.00")
                .invoice(12, 1, "RE-12", "300.00");
        long payment = s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "RE-10, RE-11");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied())).containsExactlyInAnyOrder(
                tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("100.00")),
                tuple(11L, payment, null, AllocationKind.PAYMENT, Money.euro("200.00")));
    }

    @Test
    void extraReferencedNumberIsLeftOut() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00").invoice(11, 1, "RE-11", "200.00");
        long payment = s.pay("200.00", "Bäckerei Huber", HUBER_IBAN, "RE-11 (RE-10 folgt)");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(11L, payment, null, AllocationKind.PAYMENT, Money.euro("200.00")));
    }

    @Test
    void subsetSumWithoutReferenceFromKnownIban() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "120.00").invoice(11, 1, "RE-11", "75.50")
                .invoice(12, 1, "RE-12", "310.00").invoice(13, 1, "RE-13", "49.99");
        long payment = s.pay("359.99", "Bäckerei Huber", HUBER_IBAN, "Sammelzahlung Februar");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decision.applied().explanation().rule()).isEqualTo("iban+subset");
        assertThat(allocations(decision.applied())).containsExactlyInAnyOrder(
                tuple(12L, payment, null, AllocationKind.PAYMENT, Money.euro("310.00")),
                tuple(13L, payment, null, AllocationKind.PAYMENT, Money.euro("49.99")));
    }

    @Test
    void ambiguousSubsetIsOnlySuggested() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00").invoice(11, 1, "RE-11", "200.00")
                .invoice(12, 1, "RE-12", "150.00").invoice(13, 1, "RE-13", "150.00");
        s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "Sammelzahlung");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void severalPaymentsSettleOneInvoice() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "900.00");
        long first = s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "RE-10 Rate 1", ISSUED.plusDays(10));
        long second = s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "RE-10 Rate 2", ISSUED.plusDays(40));
        long third = s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "RE-10 Rate 3", ISSUED.plusDays(70));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsOnly(Outcome.AUTOMATIC);
        assertThat(decisions).extracting(d -> d.applied().explanation().rule())
                .containsExactly("reference+partial", "reference+partial", "reference+exact");
        assertThat(decisions).flatExtracting(d -> d.applied().allocations()).extracting(Allocation::paymentId)
                .containsExactly(first, second, third);
    }

    @Test
    void creditNoteNettedAgainstInvoice() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00").creditNote(20, 1, "GS-20", "50.00");
        long payment = s.pay("450.00", "Bäckerei Huber", HUBER_IBAN, "RE-10 abzgl. Gutschrift");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied())).containsExactly(
                tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("450.00")),
                tuple(10L, payment, 20L, AllocationKind.CREDIT_NOTE, Money.euro("50.00")));
    }

    @Test
    void payerNotTheDebtorIsSuggestedUntilConfirmed() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        s.pay("500.00", "Factoring Nord AG", STRANGER_IBAN, "RE-10");
        assertThat(s.only().outcome()).isEqualTo(Outcome.SUGGESTION);

        // A person confirmed it: the store now lists the factor's IBAN for the debtor.
        Scenario learned = new Scenario().debtor(1, "Bäckerei Huber GmbH", HUBER_IBAN, STRANGER_IBAN)
                .invoice(10, 1, "RE-10", "500.00");
        learned.pay("500.00", "Factoring Nord AG", STRANGER_IBAN, "RE-10");
        assertThat(learned.only().outcome()).isEqualTo(Outcome.AUTOMATIC);
    }

    @Test
    void nameVariantWithReferenceIsAutomatic() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        s.pay("500.00", "BAECKEREI HUBER", "DE12500105170648489890", "RE-10");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decision.applied().explanation().evidence()).extracting(e -> e.kind()).contains("name");
    }

    @Test
    void customerNumberIdentifiesDebtor() {
        Scenario s = new Scenario().debtor(10023, "Bäckerei Huber GmbH", HUBER_IBAN).debtor(2, "Anna Schulz", SCHULZ_IBAN)
                .invoice(10, 10023, "RE-10", "99.00").invoice(20, 2, "RE-20", "99.00");
        long payment = s.pay("99.00", "BAECKEREI HUBER", STRANGER_IBAN, "Kd-Nr. 010023 Danke");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decision.applied().explanation().rule()).isEqualTo("customer-number+exact");
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("99.00")));
    }

    @Test
    void customerNumberAloneIsSuggestion() {
        Scenario s = new Scenario().debtor(10023, "Bäckerei Huber GmbH", HUBER_IBAN).invoice(10, 10023, "RE-10", "99.00");
        s.pay("99.00", "Treuhand Meier", STRANGER_IBAN, "Kunde K10023");

        assertThat(s.only().outcome()).isEqualTo(Outcome.SUGGESTION);
    }

    @Test
    void mandateOfEarlierPaymentIdentifiesDebtor() {
        Scenario s = new Scenario();
        s.debtors.add(new DebtorProfile(1, "Bäckerei Huber GmbH", "K1", List.of(HUBER_IBAN), List.of("MREF-HUBER-01")));
        s.invoice(10, 1, "RE-10", "49.90").invoice(11, 1, "RE-11", "120.00");
        long payment = s.add(new PaymentData("dd7", "DE44500105175407324931", ISSUED.plusDays(20), null,
                Money.euro("49.90"), "Huber Backwaren", STRANGER_IBAN, null, "Lastschrift", null, null, "MREF-HUBER-01",
                null, null, null, false), null);

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decision.applied().explanation().rule()).isEqualTo("mandate+exact");
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(10L, payment, null, AllocationKind.PAYMENT, Money.euro("49.90")));
    }

    @Test
    void swappedDigitsNamingSiblingInvoiceIsSuggestion() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-2026-0123", "500.00").invoice(11, 1, "RE-2026-0132", "300.00");
        s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-2026-0132");

        MatchDecision decision = s.only();

        // The text names RE-2026-0132, the amount is exactly RE-2026-0123's: a person decides.
        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals()).extracting(p -> p.allocations().get(0).documentId()).contains(10L, 11L);
    }

    @Test
    void sameAmountFromDifferentDebtorsResolvedByIban() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "99.00").invoice(20, 2, "RE-20", "99.00");
        long payment = s.pay("99.00", "A. Schulz", SCHULZ_IBAN, "Danke");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(20L, payment, null, AllocationKind.PAYMENT, Money.euro("99.00")));
    }

    @Test
    void amountAloneIsNeverAutomatic() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "99.00");
        s.pay("99.00", "Unbekannt", STRANGER_IBAN, "Danke");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals().get(0).explanation().rule()).isEqualTo("amount-only");
    }

    @Test
    void referenceToOtherDebtorsInvoiceIsNotAutomatic() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "99.00");
        s.pay("99.00", "Anna Schulz", SCHULZ_IBAN, "RE-10");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals().get(0).explanation().evidence()).extracting(e -> e.kind())
                .contains("iban-conflict");
    }

    @Test
    void returnReopensWhatItReversed() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "1190.00", TWO_PERCENT_TEN_DAYS);
        long paid = s.add(new PaymentData("dd1", "DE44500105175407324931", ISSUED.plusDays(5), null,
                Money.euro("1166.20"), "Bäckerei Huber", HUBER_IBAN, null, "RE-10", "E2E-4711", null, "MANDAT-1",
                null, null, null, false), null);
        long returned = s.add(new PaymentData("dd1-r", "DE44500105175407324931", ISSUED.plusDays(9), null,
                Money.euro("-1166.20"), "Bäckerei Huber", HUBER_IBAN, null, "RUECKLASTSCHRIFT", "E2E-4711", null,
                "MANDAT-1", "MD06", null, null, true), null);

        List<MatchDecision> decisions = s.run();

        assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decisions.get(1).outcome()).isEqualTo(Outcome.REOPENED);
        assertThat(allocations(decisions.get(1).applied())).containsExactly(
                tuple(10L, returned, null, AllocationKind.PAYMENT, Money.euro("-1166.20")),
                tuple(10L, returned, null, AllocationKind.CASH_DISCOUNT, Money.euro("-23.80")));
        assertThat(decisions.get(1).applied().explanation().german()).contains("MD06", "Zahlung " + paid);
    }

    @Test
    void returnReopensEarlierStoredAllocation() {
        Scenario s = twoDebtors();
        long paid = s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10");
        s.earlier.add(new Allocation(7, Scenario.TENANT, 10, paid, null, AllocationKind.PAYMENT, Money.euro("500.00"),
                de.debitum.api.model.AllocationOrigin.user("clerk"), Scenario.NOW));
        long returned = s.pay("-500.00", "Bäckerei Huber", HUBER_IBAN, "Rueckueberweisung", ISSUED.plusDays(25));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(decisions.get(1).outcome()).isEqualTo(Outcome.REOPENED);
        assertThat(allocations(decisions.get(1).applied()))
                .containsExactly(tuple(10L, returned, null, AllocationKind.PAYMENT, Money.euro("-500.00")));
    }

    @Test
    void returnFindsLatestOriginalOfIban() {
        Scenario s = twoDebtors();
        long first = s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10", ISSUED.plusDays(2));
        long second = s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10", ISSUED.plusDays(4));
        long otherAmount = s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "RE-10", ISSUED.plusDays(6));
        long bookedLater = s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10", ISSUED.plusDays(30));
        long id = 7;
        for (long paid : List.of(first, second, otherAmount, bookedLater)) {
            s.earlier.add(new Allocation(id++, Scenario.TENANT, 10, paid, null, AllocationKind.PAYMENT,
                    paid == otherAmount ? Money.euro("300.00") : Money.euro("500.00"),
                    de.debitum.api.model.AllocationOrigin.user("clerk"), Scenario.NOW));
        }
        long returned = s.pay("-500.00", "Bäckerei Huber", HUBER_IBAN, "Rueckueberweisung", ISSUED.plusDays(25));

        MatchDecision decision = s.run().stream().filter(d -> d.paymentId() == returned).findFirst().orElseThrow();

        assertThat(decision.outcome()).isEqualTo(Outcome.REOPENED);
        assertThat(decision.applied().explanation().german()).contains("Zahlung " + second);
        assertThat(allocations(decision.applied()))
                .containsExactly(tuple(10L, returned, null, AllocationKind.PAYMENT, Money.euro("-500.00")));
    }

    @Test
    void outgoingPaymentWithoutOriginalIsUnmatched() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        s.pay("-80.00", "Bäckerei Huber", HUBER_IBAN, "Erstattung");

        assertThat(s.only().outcome()).isEqualTo(Outcome.UNMATCHED);
    }

    @Test
    void duplicatePaymentIsIgnored() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        long original = s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10");
        s.add(s.payments.get(0).data(), original);

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC, Outcome.IGNORED);
        assertThat(decisions.get(1).reasonDe()).contains("Dublette");
    }

    @Test
    void paidInvoiceIsNotAllocatedTwice() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "500.00");
        s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10");
        s.pay("500.00", "Bäckerei Huber", HUBER_IBAN, "RE-10", ISSUED.plusDays(21));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC, Outcome.UNMATCHED);
    }

    @Test
    void sameInputGivesSameDecisions() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00").invoice(11, 1, "RE-11", "100.00")
                .invoice(12, 2, "RE-12", "100.00");
        s.pay("100.00", "Bäckerei Huber", HUBER_IBAN, "Danke");
        s.pay("200.00", "Bäckerei Huber", HUBER_IBAN, "Danke");
        s.pay("100.00", "Fremd", STRANGER_IBAN, "");

        assertThat(s.run()).isEqualTo(s.run());
    }

    @Test
    void paymentInOtherCurrencyIsNotMatched() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00");
        s.add(new PaymentData("usd", "DE44500105175407324931", ISSUED.plusDays(20), null, Money.of("100.00", "USD"),
                "Bäckerei Huber", HUBER_IBAN, null, "RE-10", null, null, null, null, null, null, false), null);

        assertThat(s.only().outcome()).isEqualTo(Outcome.UNMATCHED);
    }

    @Test
    void paymentWithoutBookingDateIsSkipped() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00");
        s.add(new PaymentData("nodate", "DE44500105175407324931", null, null, Money.euro("100.00"), "Bäckerei Huber",
                HUBER_IBAN, null, "RE-10", null, null, null, null, null, null, false), null);

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(decision.reasonDe()).contains("Buchungstag fehlt");
        assertThat(decision.reasonEn()).contains("booking date missing");
    }

    @Test
    void nothingFitsIsUnmatched() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00");
        s.pay("12.34", "Fremd", STRANGER_IBAN, "Spende");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(decision.reasonDe()).isNotBlank();
    }
}
