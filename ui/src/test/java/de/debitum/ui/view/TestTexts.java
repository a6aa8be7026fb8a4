package de.debitum.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The UI's message files as {@link Texts}, for tests of views that run without a Vaadin session. */
final class TestTexts {

    private TestTexts() {
    }

    static Texts texts(String language) {
        Properties messages = new Properties();
        try (InputStream in = TestTexts.class.getResourceAsStream("/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale locale = Locale.forLanguageTag(language);
        return (key, params) -> new MessageFormat(messages.getProperty(key), locale).format(params);
    }
}
