package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void isoExampleValidates() {
        // The example of ISO 11649: RF18 5390 0754 7034.
        assertThat(CreditorReference.isValid("RF18539007547034")).isTrue();
        assertThat(new CreditorReference("RF18539007547034").printed()).isEqualTo("RF18 5390 0754 7034");
    }

    @Test
    void checkDigitsComputedForIsoExample() {
        assertThat(CreditorReference.fromNoticeNumber("539007547034").value()).isEqualTo("RF18539007547034");
    }

    @Test
    void noticeNumberLosesSeparators() {
        CreditorReference reference = CreditorReference.fromNoticeNumber("m-2026/000417");

        assertThat(reference.value()).matches("RF[0-9]{2}M2026000417");
        assertThat(CreditorReference.isValid(reference.value())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "1", "ZZZZZZZZZZZZZZZZZZZZZ", "M-2026-000417", "INV 42"})
    void everyGeneratedReferenceValidates(String noticeNumber) {
        assertThat(CreditorReference.isValid(CreditorReference.fromNoticeNumber(noticeNumber).value())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RF19539007547034", "RF18539007547035", "RF18", "XX18539007547034",
            "RF18 5390 0754 7034", "rf18539007547034", "RF001234567890123456789012"})
    void wrongReferencesFail(String value) {
        assertThat(CreditorReference.isValid(value)).isFalse();
        assertThatThrownBy(() -> new CreditorReference(value))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining(value);
    }

    @Test
    void tooLongNoticeNumberIsRejected() {
        assertThatThrownBy(() -> CreditorReference.fromNoticeNumber("MAHNUNG-2026-0000000000000417"))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining("MAHNUNG-2026-0000000000000417")
                .hasMessageContaining("21");
        assertThatThrownBy(() -> CreditorReference.fromNoticeNumber("--/--"))
                .isInstanceOf(InvalidLetterException.class);
    }
}
