package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;
import de.debitum.testing.Corpus;

/** Return reasons and fees of German MT940 returns, from {@code :86:} and the {@code :61:} supplementary details. */
class Mt940ReturnsTest {

    @Test
    void returnsFileBalances() {
        ParseResult result = Statements.read("mt940-returns.sta");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.statements()).hasSize(1);
        assertThat(result.statements().get(0).balanceCheck().balanced()).isTrue();
        assertThat(result.payments()).hasSize(4);
    }

    @Test
    void textKey912AndFeeAfterEntg() {
        Payment payment = Statements.read("mt940-returns.sta").payments().get(0);

        assertThat(payment.amount()).isEqualTo(Money.euro("-110.50"));
        assertThat(payment.returnReason()).isEqualTo("MD06");
        assertThat(payment.charges()).isEqualTo(Money.euro("10.50"));
        assertThat(payment.endToEndId()).isEqualTo("RE-2024-0100");
        assertThat(payment.mandateReference()).isEqualTo("M-0100");
        assertThat(payment.counterparty().name()).isEqualTo("BAECKEREI WEISS");
        assertThat(payment.bankTransactionCode()).isEqualTo("NRTI+109");
    }

    @Test
    void isoCodeInTextAndChargesField() {
        Payment payment = Statements.read("mt940-returns.sta").payments().get(1);

        assertThat(payment.returnReason()).isEqualTo("AC04");
        assertThat(payment.charges()).isEqualTo(Money.euro("3.50"));
        assertThat(payment.remittanceText()).isEqualTo("RUECKGABEGRUND AC04 KONTO AUFGELOEST");
    }

    @Test
    void unlistedTextKeyGivesNoReason() {
        Payment payment = Statements.read("mt940-returns.sta").payments().get(2);

        assertThat(payment.reversal()).isTrue();
        assertThat(payment.returnReason()).isNull();
        assertThat(payment.charges()).isEqualTo(Money.euro("4.00"));
    }

    @Test
    void creditWithFeeTextIsNoReturn() {
        Payment payment = Statements.read("mt940-returns.sta").payments().get(3);

        assertThat(payment.amount()).isEqualTo(Money.euro("200.00"));
        assertThat(payment.returnReason()).isNull();
        assertThat(payment.charges()).isNull();
    }

    @Test
    void entryChargesFollowPayment() {
        List<Entry> entries = Statements.read("mt940-returns.sta").statements().get(0).entries();

        assertThat(entries).extracting(Entry::charges)
                .containsExactly(Money.euro("10.50"), Money.euro("3.50"), Money.euro("4.00"), null);
    }

    @Test
    void corpusCreditTransferReturns() throws IOException {
        String name = "betterplace_sepa_snippet.sta";
        List<Payment> payments = StatementReader.read(name,
                Files.readAllBytes(Corpus.dir("bank/mt940").resolve(name))).payments();

        List<Payment> returns = payments.stream().filter(p -> p.bankTransactionCode().endsWith("+159")).toList();
        assertThat(returns).extracting(Payment::amount).containsExactly(
                Money.euro("-0.08"), Money.euro("335.33"), Money.euro("15000.00"), Money.euro("915311.55"));
        // ?34 914 with "Grund nicht spezifiziert", ?34 901 with "IBAN ungueltig".
        assertThat(returns).extracting(Payment::returnReason).containsExactly("MS03", "MS03", "MS03", "AC01");
        assertThat(returns).extracting(Payment::charges).containsOnlyNulls();
    }

    @Test
    void corpusReasonsOnlyOnReturns() {
        for (java.nio.file.Path file : Corpus.files("bank/mt940")) {
            List<Payment> payments;
            try {
                payments = StatementReader.read(file.getFileName().toString(), Files.readAllBytes(file)).payments();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (Payment payment : payments) {
                boolean isReturn = payment.bankTransactionCode() != null
                        && payment.bankTransactionCode().matches(".*\\+(108|109|159)");
                if (!isReturn) {
                    assertThat(payment.returnReason()).as("return reason in %s", file.getFileName()).isNull();
                    assertThat(payment.charges()).as("charges in %s", file.getFileName()).isNull();
                }
            }
        }
    }
}
