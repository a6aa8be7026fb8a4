package de.debitum.rest.internal.http;

import java.util.List;
import java.util.Locale;

/** The caller's language from {@code Accept-Language}: English or German, German when unsure. */
public final class Languages {

    private Languages() {
    }

    /** Returns {@link Locale#ENGLISH} when English ranks above German in the header, else {@link Locale#GERMAN}. */
    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Locale.GERMAN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Locale.GERMAN;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() <= 0) {
                continue;
            }
            if (language.equals("de")) {
                return Locale.GERMAN;
            }
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.GERMAN;
    }
}
