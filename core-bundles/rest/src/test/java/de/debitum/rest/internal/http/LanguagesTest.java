package de.debitum.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.LocalizedText;

class LanguagesTest {

    @Test
    void germanWhenMissingOrUnknown() {
        assertThat(Languages.fromHeader(null)).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromHeader("")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromHeader("fr-FR,fr;q=0.9")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromHeader(";;;q=bad")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromHeader("en;q=0")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void englishWhenItRanksAboveGerman() {
        assertThat(Languages.fromHeader("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromHeader("fr, en;q=0.8, de;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromHeader("de-DE,de;q=0.9,en;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromHeader("en;q=0.4, de;q=0.6")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void errorMessageFollowsTheLanguage() {
        ApiException error = ApiException.forbidden();
        LocalizedText text = error.text();

        assertThat(text.in(Languages.fromHeader("en"))).startsWith("Your role");
        assertThat(text.in(Languages.fromHeader(null))).startsWith("Ihre Rolle");
        assertThat(error.status()).isEqualTo(403);
        assertThat(error.code()).isEqualTo("forbidden");
    }
}
