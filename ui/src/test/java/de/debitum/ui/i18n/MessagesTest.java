package de.debitum.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages carry the same texts, and every text key the code names exists. */
class MessagesTest {

    /** A text key in code: a literal with at least one dot passed to getTranslation or Texts.get. */
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation|texts\\.get)\\(\"([a-z0-9-]+\\.[a-z0-9.-]*)\"");

    @Test
    void germanAndEnglishHaveSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("de").stringPropertyNames());
    }

    @Test
    void everyKeyInCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    // A key ending in a dot is a prefix completed at run time (state., role., ...).
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(load("de").stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    @Test
    void noSingleApostrophes() throws IOException {
        for (String language : new String[] {"de", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(language + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void germanIsDefaultAndParametersAreFilled() {
        MessagesProvider provider = new MessagesProvider();

        assertThat(provider.getProvidedLocales().get(0)).isEqualTo(Locale.GERMAN);
        assertThat(provider.getTranslation("menu.overview", Locale.FRENCH)).isEqualTo("Übersicht");
        assertThat(provider.getTranslation("menu.overview", Locale.forLanguageTag("en-US"))).isEqualTo("Overview");
        assertThat(provider.getTranslation("imports.batch-title", Locale.GERMAN, 12345L, "muster-gmbh.camt"))
                .isEqualTo("Importlauf 12345 (muster-gmbh.camt)");
        assertThat(provider.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key");
    }

    @Test
    void countsTakeSingularAndPlural() {
        MessagesProvider provider = new MessagesProvider();

        assertThat(provider.getTranslation("ledger.result-month", Locale.GERMAN, "2026-07", 1, 1, 0))
                .isEqualTo("2026-07: 1 Buchung, 1 Debitorenkonto, keine Werte angepasst.");
        assertThat(provider.getTranslation("ledger.result-month", Locale.GERMAN, "2026-11", 1412, 87, 2))
                .isEqualTo("2026-11: 1.412 Buchungen, 87 Debitorenkonten, 2 Werte angepasst.");
        assertThat(provider.getTranslation("ledger.result", Locale.ENGLISH, 1, 0))
                .isEqualTo("1 month exported, no new bookings.");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
