package de.debitum.rest.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Cost 4, the lowest bcrypt allows, keeps the test fast; the hub uses 12. */
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashMatchesOnlyItsPassword() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$2y$04$").hasSize(60);
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void samePasswordGetsNewSalt() {
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hasher.hash("correct horse battery"));
    }

    @Test
    void malformedHashDoesNotMatch() {
        assertThat(hasher.matches("secret", "not a hash")).isFalse();
        assertThat(hasher.matches("secret", "$2y$04$short")).isFalse();
    }

    @Test
    void defaultCostIsTwelve() {
        assertThat(new PasswordHasher(PasswordHasher.DEFAULT_COST).hash("correct horse battery")).startsWith("$2y$12$");
    }

    @Test
    void passwordLengthIsBounded() {
        String tooLong = "ä".repeat(37);

        assertThat(PasswordHasher.problem("short")).isEqualTo("short");
        assertThat(PasswordHasher.problem(tooLong)).isEqualTo("long");
        assertThat(PasswordHasher.problem("twelve chars")).isNull();
        assertThatThrownBy(() -> hasher.hash(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("72 bytes");
        assertThat(hasher.matches(tooLong, hasher.hash("correct horse battery"))).isFalse();
    }
}
