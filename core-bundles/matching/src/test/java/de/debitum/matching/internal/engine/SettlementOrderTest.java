package de.debitum.matching.internal.engine;

import static de.debitum.matching.internal.engine.Scenario.HUBER_IBAN;
import static de.debitum.matching.internal.engine.Scenario.ISSUED;
import static de.debitum.matching.internal.engine.Scenario.SCHULZ_IBAN;
import static de.debitum.matching.internal.engine.Scenario.TWO_PERCENT_TEN_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import de.debitum.api.model.AllocationKind;
import de.debitum.api.money.Money;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;

/**
 * Payments of an identified debtor that fit several open items: when an exact amount goes before
 * a fit with bank fees, and when the debt due first goes first because the payer named none
 * (§ 366 Abs. 2 BGB). The test invoices are issued {@code id % 7} days after {@link Scenario#ISSUED}
 * and due 30 days later, so a lower {@code id % 7} falls due first.
 */
class SettlementOrderTest {

    private static List<Tuple> payments(Proposal proposal) {
        return proposal.allocations().stream().filter(a -> a.kind() == AllocationKind.PAYMENT)
                .map(a -> tuple(a.documentId(), a.amount())).toList();
    }

    private static Scenario twoDebtors() {
        return new Scenario()
                .debtor(1, "Bäckerei Huber GmbH", HUBER_IBAN)
                .debtor(2, "Anna Schulz", SCHULZ_IBAN);
    }

    @Test
    void exactAmountGoesBeforeBankFeeFit() {
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "102.50").invoice(11, 1, "RE-11", "100.00");
        s.pay("100.00", "Bäckerei Huber", HUBER_IBAN, "Danke");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(payments(decision.applied())).containsExactly(tuple(11L, Money.euro("100.00")));
        assertThat(decision.applied().explanation().rule()).isEqualTo("iban+exact");
        assertThat(decision.applied().explanation().german()).contains("nur nach Abzug von Bankgebühren");
        assertThat(decision.applied().explanation().english()).contains("only with bank fees deducted");
    }

    @Test
    void exactSubsetGoesBeforeBankFeeFit() {
        // 150.00 is RE-10 + RE-11 exactly, or RE-12 less a 2.00 EUR fee.
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00").invoice(11, 1, "RE-11", "50.00")
                .invoice(12, 1, "RE-12", "152.00");
        s.pay("150.00", "Bäckerei Huber", HUBER_IBAN, "Sammelzahlung");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(payments(decision.applied())).containsExactlyInAnyOrder(tuple(10L, Money.euro("100.00")),
                tuple(11L, Money.euro("50.00")));
        assertThat(decision.applied().explanation().rule()).isEqualTo("iban+subset");
    }

    @Test
    void bankFeeFitBesideAmbiguousSubsetsIsSuggestion() {
        // 150.00 is RE-10 + RE-11 or RE-13 + RE-14 (different amounts), or RE-12 less a fee.
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00").invoice(11, 1, "RE-11", "50.00")
                .invoice(12, 1, "RE-12", "152.00").invoice(13, 1, "RE-13", "120.00").invoice(14, 1, "RE-14", "30.00");
        s.pay("150.00", "Bäckerei Huber", HUBER_IBAN, "Sammelzahlung");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void exactAmountBesideCashDiscountIsSuggestion() {
        // 98.00 is RE-11 in full and RE-10 less 2 % Skonto within its terms: both are deliberate.
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "100.00", TWO_PERCENT_TEN_DAYS)
                .invoice(11, 1, "RE-11", "98.00");
        s.pay("98.00", "Bäckerei Huber", HUBER_IBAN, "Danke", ISSUED.plusDays(8));

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals()).hasSize(2);
    }

    @Test
    void equalAmountsSettleDebtDueFirst() {
        // RE-12 is due on day 35 and RE-8 on day 31. The input lists the later one first.
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Danke");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(payments(decision.applied())).containsExactly(tuple(8L, Money.euro("49.90")));
        assertThat(decision.applied().explanation().rule()).isEqualTo("iban+exact+oldest-due");
        assertThat(decision.applied().explanation().german()).contains("§ 366 Abs. 2 BGB", "zuerst fällige");
    }

    @Test
    void equalAmountsInTurnForSeveralPayments() {
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "", ISSUED.plusDays(20));
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "", ISSUED.plusDays(50));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC, Outcome.AUTOMATIC);
        assertThat(payments(decisions.get(0).applied())).containsExactly(tuple(8L, Money.euro("49.90")));
        // The second payment finds one open invoice of the amount and needs no order.
        assertThat(payments(decisions.get(1).applied())).containsExactly(tuple(12L, Money.euro("49.90")));
        assertThat(decisions.get(1).applied().explanation().rule()).isEqualTo("iban+exact");
    }

    @Test
    void customerNumberNamesNoDebt() {
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Kundennr K1");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(payments(decision.applied())).containsExactly(tuple(8L, Money.euro("49.90")));
    }

    @Test
    void unreadNumberInTextBlocksDueOrder() {
        // "vom 06.02." names an invoice by its date, which the index cannot read: the payer has chosen.
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Rechnung vom 06.02.");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals()).extracting(p -> p.explanation().rule()).doesNotContain("iban+exact+oldest-due");
    }

    @Test
    void earlierPaymentUnderReviewBlocksDueOrder() {
        // The first payment may name RE-8 by its date and waits for a person. The second names
        // nothing, but the due order must not hand it RE-8 before the first is decided.
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Rechnung vom 02.02.", ISSUED.plusDays(20));
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Danke", ISSUED.plusDays(25));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsExactly(Outcome.SUGGESTION, Outcome.SUGGESTION);
    }

    @Test
    void amountOnlySuggestionDoesNotBlockDueOrder() {
        // A stranger's payment of the same amount is proposed by amount alone, which holds nothing back.
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Unbekannt", "DE02120300000000202051", "Spende", ISSUED.plusDays(20));
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Danke", ISSUED.plusDays(25));

        List<MatchDecision> decisions = s.run();

        assertThat(decisions).extracting(MatchDecision::outcome).containsExactly(Outcome.SUGGESTION, Outcome.AUTOMATIC);
        assertThat(payments(decisions.get(1).applied())).containsExactly(tuple(8L, Money.euro("49.90")));
    }

    @Test
    void monthInTextBlocksDueOrder() {
        // "Miete Februar" names the February rent in words, which may be RE-12.
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Miete Februar");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
    }

    @Test
    void equalAmountsDueSameDayStayAmbiguous() {
        // 10 % 7 == 17 % 7: both fall due on day 33, so no due order decides and a person does.
        Scenario s = twoDebtors().invoice(10, 1, "RE-10", "49.90").invoice(17, 1, "RE-17", "49.90");
        s.pay("49.90", "Bäckerei Huber", HUBER_IBAN, "Danke");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(decision.proposals()).hasSize(2);
    }

    @Test
    void nameOnlyPayerIsSuggestion() {
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(8, 1, "RE-8", "49.90");
        s.pay("49.90", "Bäckerei Huber GmbH", "DE12500105170648489890", "Danke");

        MatchDecision decision = s.only();

        // The rule ranks RE-8 first, but a name is no proof of the debtor.
        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
        assertThat(payments(decision.proposals().get(0))).containsExactly(tuple(8L, Money.euro("49.90")));
    }

    @Test
    void equalAmountSubsetsSettleDebtsDueFirst() {
        // 169.90 is RE-8 + RE-9 or RE-9 + RE-12: the same amounts, RE-8 falls due before RE-12.
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(9, 1, "RE-9", "120.00")
                .invoice(8, 1, "RE-8", "49.90").invoice(13, 1, "RE-13", "310.00");
        s.pay("169.90", "Bäckerei Huber", HUBER_IBAN, "Sammelzahlung");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(payments(decision.applied())).containsExactlyInAnyOrder(tuple(8L, Money.euro("49.90")),
                tuple(9L, Money.euro("120.00")));
        assertThat(decision.applied().explanation().rule()).isEqualTo("iban+subset+oldest-due");
    }

    @Test
    void subsetsOfOtherAmountsStayAmbiguous() {
        // 300.00 is RE-8 + RE-9 (100 + 200) or RE-10 + RE-11 (150 + 150): different debts.
        Scenario s = twoDebtors().invoice(8, 1, "RE-8", "100.00").invoice(9, 1, "RE-9", "200.00")
                .invoice(10, 1, "RE-10", "150.00").invoice(11, 1, "RE-11", "150.00");
        s.pay("300.00", "Bäckerei Huber", HUBER_IBAN, "Sammelzahlung");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
    }

    @Test
    void subsetWithNumberInTextStaysAmbiguous() {
        Scenario s = twoDebtors().invoice(12, 1, "RE-12", "49.90").invoice(9, 1, "RE-9", "120.00")
                .invoice(8, 1, "RE-8", "49.90");
        s.pay("169.90", "Bäckerei Huber", HUBER_IBAN, "Miete und Wartung 03/2026");

        MatchDecision decision = s.only();

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTION);
    }
}
