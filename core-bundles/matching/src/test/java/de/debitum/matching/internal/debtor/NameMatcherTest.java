package de.debitum.matching.internal.debtor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void legalFormIsIgnored() {
        assertThat(NameMatcher.similarity("Bäckerei Huber GmbH & Co. KG", "Bäckerei Huber")).isEqualTo(1.0);
        assertThat(NameMatcher.similarity("Schulz e.K.", "Schulz")).isEqualTo(1.0);
    }

    @Test
    void umlautsSpelledOutMatch() {
        assertThat(NameMatcher.similarity("MUELLER HANS", "Hans Müller")).isEqualTo(1.0);
        assertThat(NameMatcher.similarity("Strassenbau Koenig", "Straßenbau König GmbH")).isEqualTo(1.0);
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(NameMatcher.similarity("Schmidt, Anna", "Anna Schmidt")).isEqualTo(1.0);
    }

    @Test
    void smallTyposMatch() {
        assertThat(NameMatcher.similarity("Anna Schmitd", "Anna Schmidt")).isEqualTo(1.0);
        assertThat(NameMatcher.similarity("Elektro Wagnr", "Elektro Wagner")).isEqualTo(1.0);
    }

    @Test
    void shortNamesNeedExactWords() {
        assertThat(NameMatcher.similarity("Mai", "Maier")).isZero();
        assertThat(NameMatcher.similarity("Lutz", "Lotz")).isZero();
    }

    @Test
    void differentNamesScoreLow() {
        assertThat(NameMatcher.similarity("Peter Wagner", "Anna Schmidt")).isZero();
        assertThat(NameMatcher.similarity("Anna Wagner", "Anna Schmidt")).isEqualTo(0.5);
        assertThat(NameMatcher.similarity(null, "Anna Schmidt")).isZero();
    }
}
