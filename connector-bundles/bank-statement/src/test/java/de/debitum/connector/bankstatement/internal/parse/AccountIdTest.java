package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountIdTest {

    @Test
    void keyPrefersIban() {
        assertThat(new AccountId("DE89370400440532013000", "COBADEFFXXX", null, null).key())
                .isEqualTo("DE89370400440532013000");
        assertThat(new AccountId(null, null, "37040044", "0532013000").key()).isEqualTo("37040044/0532013000");
        assertThat(new AccountId(null, "BPHKPLPK", null, "320000546101").key()).isEqualTo("BPHKPLPK/320000546101");
        assertThat(new AccountId(null, null, null, "517852257").key()).isEqualTo("517852257");
    }

    @Test
    void maskedShowsLastFour() {
        assertThat(new AccountId("DE89370400440532013000", null, null, null).masked()).isEqualTo("…3000");
        assertThat(new AccountId(null, null, null, "123").masked()).isEqualTo("123");
    }
}
