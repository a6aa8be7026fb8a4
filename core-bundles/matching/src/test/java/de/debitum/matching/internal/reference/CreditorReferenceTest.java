package de.debitum.matching.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void isoExampleIsValid() {
        // The example reference of ISO 11649 and of the EPC's SEPA documentation.
        assertThat(CreditorReference.isValid("RF18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.isValid("RF18539007547034")).isTrue();
    }

    @Test
    void wrongCheckDigitsAreInvalid() {
        assertThat(CreditorReference.isValid("RF19 5390 0754 7034")).isFalse();
        assertThat(CreditorReference.isValid("RF18 5390 0754 7043")).isFalse();
        assertThat(CreditorReference.isValid("RF18")).isFalse();
        assertThat(CreditorReference.isValid("XX18 5390 0754 7034")).isFalse();
        assertThat(CreditorReference.isValid("RF18 5390-0754")).isFalse();
        assertThat(CreditorReference.isValid(null)).isFalse();
    }

    @Test
    void createdReferenceIsValid() {
        assertThat(CreditorReference.create("539007547034")).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.isValid(CreditorReference.create("RE2024X17"))).isTrue();
        assertThatThrownBy(() -> CreditorReference.create("RE-2024"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RE-2024");
    }

    @Test
    void referenceFoundInRemittanceText() {
        assertThat(CreditorReference.findValid("Zahlung RF18 5390 0754 7034 Danke")).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.findValid("Zahlung RF19 5390 0754 7034")).isNull();
        assertThat(CreditorReference.body("RF18 5390 0754 7034")).isEqualTo("539007547034");
    }
}
