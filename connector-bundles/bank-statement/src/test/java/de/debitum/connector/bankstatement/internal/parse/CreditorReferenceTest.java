package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditorReferenceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "RF18539007547034, true",
            "RF18 5390 0754 7034, true",
            "rf18539007547034, true",
            "RF712348231, true",
            "RF19539007547034, false",
            "RF18539007547035, false",
            "RF18, false",
            "RF1853900754703412345678901, false",
            "XX18539007547034, false"
    })
    void rfCheckDigits(String reference, boolean valid) {
        assertThat(References.validRf(reference)).isEqualTo(valid);
    }

    @Test
    void camtValidRfIsIso11649() {
        Payment payment = Statements.read("camt054-batches-v08.xml").payments().get(0);

        assertThat(payment.creditorReference()).isEqualTo(new CreditorReference("RF18539007547034", true));
    }

    @Test
    void camtWrongCheckDigitsKeptAsPlainReference() {
        Payment payment = Statements.read("camt054-batches-v08.xml").payments().get(1);

        assertThat(payment.creditorReference()).isEqualTo(new CreditorReference("RF19539007547034", false));
    }

    @Test
    void mt940RfAtStartOfPurpose() {
        Payment payment = Statements.read("mt940-windows1252.sta").payments().get(0);

        assertThat(payment.creditorReference()).isEqualTo(new CreditorReference("RF18539007547034", true));
        assertThat(payment.remittanceText()).isEqualTo("RF18539007547034 Rechnung für Müller & Söhne");
    }
}
