package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class ReversalTest {

    private final ParseResult camt = Statements.read("camt053-reversals.xml");

    @Test
    void camtReversalAsIsoBalancesAsRead() {
        Statement statement = camt.statements().get(0);

        assertThat(statement.id()).isEqualTo("REV-ISO");
        assertThat(statement.balanceCheck().result()).isEqualTo(BalanceCheck.Result.BALANCED);
        assertThat(statement.notices()).isEmpty();
    }

    @Test
    void camtReturnedDirectDebit() {
        Payment original = camt.statements().get(0).payments().get(0);
        Payment returned = camt.statements().get(0).payments().get(1);

        assertThat(returned.reversal()).isTrue();
        assertThat(returned.direction()).isEqualTo(Direction.DEBIT);
        assertThat(returned.amount()).isEqualTo(Money.euro("-100.00"));
        assertThat(returned.returnReason()).isEqualTo("MS03");
        assertThat(returned.charges()).isEqualTo(Money.euro("3.00"));
        assertThat(returned.endToEndId()).isEqualTo("E2E-4711");
        assertThat(returned.mandateReference()).isEqualTo("MANDAT-1");
        assertThat(returned.counterparty().name()).isEqualTo("Muster GmbH");
        assertThat(returned.counterparty().iban()).isEqualTo("DE02120300000000202051");
        assertThat(returned.reversedExternalId()).isEqualTo(original.externalId());
        assertThat(original.reversedExternalId()).isNull();
        assertThat(original.creditorId()).isEqualTo("DE98ZZZ09999999999");
    }

    @Test
    void camtRepeatedDirectionIsReadFlipped() {
        Statement statement = camt.statements().get(1);
        Payment reversal = statement.payments().get(1);

        assertThat(statement.balanceCheck().result()).isEqualTo(BalanceCheck.Result.BALANCED_REVERSALS_FLIPPED);
        assertThat(statement.balanceCheck().computedClosing()).isEqualTo(Money.euro("600.00"));
        assertThat(statement.balanceCheck().computedClosingReversalsFlipped()).isEqualTo(Money.euro("500.00"));
        assertThat(statement.notices()).extracting(Message::german).anyMatch(text -> text.contains("Gegenrichtung"));
        assertThat(reversal.direction()).isEqualTo(Direction.DEBIT);
        assertThat(reversal.amount()).isEqualTo(Money.euro("-50.00"));
        assertThat(reversal.counterparty().name()).isEqualTo("Beispiel KG");
        assertThat(reversal.returnReason()).isEqualTo("AC04");
        assertThat(reversal.reversedExternalId()).isEqualTo(statement.payments().get(0).externalId());
    }

    @Test
    void camtUnbalancedEitherWay() {
        Statement statement = camt.statements().get(2);
        BalanceCheck check = statement.balanceCheck();

        assertThat(check.result()).isEqualTo(BalanceCheck.Result.UNBALANCED);
        assertThat(check.computedClosing()).isEqualTo(Money.euro("200.00"));
        assertThat(check.computedClosingReversalsFlipped()).isEqualTo(Money.euro("240.00"));
        assertThat(check.statedClosing()).isEqualTo(Money.euro("150.00"));
        assertThat(check.reason().german()).contains("200.00 EUR", "240.00 EUR", "150.00 EUR");
        assertThat(statement.payments().get(1).direction()).isEqualTo(Direction.DEBIT);
        assertThat(statement.payments().get(1).returnReason()).isEqualTo("MD06");
    }

    @Test
    void camtStatementsKeepTheirOwnAccounts() {
        assertThat(camt.statements()).extracting(s -> s.account().iban())
                .containsExactly("DE89370400440532013000", "DE02120300000000202051", "DE12500105170648489890");
    }

    @Test
    void mt940RcIsDebitAndRdIsCredit() {
        Statement statement = Statements.read("mt940-windows1252.sta").statements().get(0);
        Payment reversedCredit = statement.payments().get(1);
        Payment reversedDebit = statement.payments().get(2);

        assertThat(reversedCredit.reversal()).isTrue();
        assertThat(reversedCredit.direction()).isEqualTo(Direction.DEBIT);
        assertThat(reversedCredit.amount()).isEqualTo(Money.euro("-250.00"));
        assertThat(reversedDebit.reversal()).isTrue();
        assertThat(reversedDebit.direction()).isEqualTo(Direction.CREDIT);
        assertThat(reversedDebit.amount()).isEqualTo(Money.euro("40.00"));
        assertThat(statement.balanceCheck().result()).isEqualTo(BalanceCheck.Result.BALANCED);
    }

    @Test
    void mt940ReversalLinksByEndToEndId() {
        Statement statement = Statements.read("mt940-windows1252.sta").statements().get(0);

        assertThat(statement.payments().get(1).reversedExternalId())
                .isEqualTo(statement.payments().get(0).externalId())
                .isEqualTo("37040044/0532013000:BANKREF0001");
        assertThat(statement.payments().get(2).reversedExternalId()).isNull();
    }

    @Test
    void reReadGivesSameExternalIds() {
        ParseResult again = Statements.read("camt053-reversals.xml");

        assertThat(again.payments()).extracting(Payment::externalId)
                .containsExactlyElementsOf(camt.payments().stream().map(Payment::externalId).toList());
    }
}
