package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class GiroCodeTest {

    private static final BankAccount ACCOUNT = new BankAccount("Commerzbank", "DE89370400440532013000", "COBADEFFXXX");
    private static final BankAccount WITHOUT_BIC = new BankAccount("Commerzbank", "DE89370400440532013000", null);
    private static final CreditorReference REFERENCE = new CreditorReference("RF18539007547034");

    @Test
    void payloadWithReference() {
        GiroCode code = new GiroCode("Grünwald GmbH", ACCOUNT, Money.euro("1234.5"), REFERENCE, null);

        assertThat(code.payload()).isEqualTo(
                "BCD\n002\n1\nSCT\nCOBADEFFXXX\nGrünwald GmbH\nDE89370400440532013000\nEUR1234.50\n\nRF18539007547034");
    }

    @Test
    void payloadWithTextAndNoBic() {
        GiroCode code = new GiroCode("Grünwald GmbH", WITHOUT_BIC, Money.euro("0.01"), null, "Rechnung 4711");

        assertThat(code.payload()).isEqualTo(
                "BCD\n002\n1\nSCT\n\nGrünwald GmbH\nDE89370400440532013000\nEUR0.01\n\n\nRechnung 4711");
    }

    @Test
    void amountBounds() {
        assertThat(new GiroCode("A", ACCOUNT, Money.euro("999999999.99"), REFERENCE, null).payload())
                .contains("EUR999999999.99");
        assertThatThrownBy(() -> new GiroCode("A", ACCOUNT, Money.euro("0.00"), REFERENCE, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("0.00 EUR");
        assertThatThrownBy(() -> new GiroCode("A", ACCOUNT, Money.euro("1000000000.00"), REFERENCE, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("1000000000.00 EUR");
        assertThatThrownBy(() -> new GiroCode("A", ACCOUNT, Money.of("10.00", "CHF"), REFERENCE, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("CHF");
    }

    @Test
    void referenceAndTextExcludeEachOther() {
        assertThatThrownBy(() -> new GiroCode("A", ACCOUNT, Money.euro("1"), REFERENCE, "Rechnung 1"))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("nicht beides");
        assertThatThrownBy(() -> new GiroCode("A", ACCOUNT, Money.euro("1"), null, null))
                .isInstanceOf(InvalidLetterException.class);
    }

    @Test
    void lengthLimits() {
        assertThat(new GiroCode("N".repeat(70), ACCOUNT, Money.euro("1"), REFERENCE, null).payload()).contains("N".repeat(70));
        assertThatThrownBy(() -> new GiroCode("N".repeat(71), ACCOUNT, Money.euro("1"), REFERENCE, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("70");
        assertThatThrownBy(() -> new GiroCode("A", ACCOUNT, Money.euro("1"), null, "T".repeat(141)))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("141");
    }

    @Test
    void payloadOver331BytesIsRejected() {
        // 70 characters of three bytes each and 140 of two bytes each: 490 bytes of name and text alone.
        String name = "€".repeat(70);
        String text = "ü".repeat(140);

        assertThatThrownBy(() -> new GiroCode(name, ACCOUNT, Money.euro("1"), null, text))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("331");
        GiroCode fitting = new GiroCode(name, ACCOUNT, Money.euro("1"), REFERENCE, null);
        assertThat(fitting.payload().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(GiroCode.MAX_PAYLOAD_BYTES);
    }

    @Test
    void lineBreakInNameIsRejected() {
        assertThatThrownBy(() -> new GiroCode("A\nB", ACCOUNT, Money.euro("1"), REFERENCE, null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("Zeilenumbruch");
    }

    @Test
    void invalidIbanIsRejectedWithValue() {
        assertThatThrownBy(() -> new BankAccount("X", "DE89370400440532013001", null))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("DE89370400440532013001");
    }
}
