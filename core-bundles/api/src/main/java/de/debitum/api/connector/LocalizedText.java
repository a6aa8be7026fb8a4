package de.debitum.api.connector;

import java.util.Locale;
import java.util.Objects;

/** A text for people in German and English; German is the default. */
public record LocalizedText(String de, String en) {

    public LocalizedText {
        Objects.requireNonNull(de, "de");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String de, String en) {
        return new LocalizedText(de, en);
    }

    /** Returns the English text for an English locale and the German one otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : de;
    }
}
