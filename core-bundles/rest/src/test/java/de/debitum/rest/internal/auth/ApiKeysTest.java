package de.debitum.rest.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void keysAreRandomWithPrefixAndStableHash() {
        String key = ApiKeys.generate();

        assertThat(key).startsWith("dbk_").hasSize(4 + 43).matches("dbk_[A-Za-z0-9_-]+");
        assertThat(ApiKeys.generate()).isNotEqualTo(key);
        assertThat(ApiKeys.shownPart(key)).hasSize(12).isEqualTo(key.substring(0, 12));
        assertThat(ApiKeys.hash(key)).hasSize(64).isEqualTo(ApiKeys.hash(key)).isNotEqualTo(ApiKeys.hash(key + "x"));
    }
}
