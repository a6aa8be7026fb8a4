package de.debitum.output.letter;

import java.util.Locale;

/** The language of a letter's template, chosen by the debtor's language. */
public enum LetterLanguage {
    GERMAN("de", Locale.GERMANY),
    ENGLISH("en", Locale.UK);

    private final String tag;
    private final Locale locale;

    LetterLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** Returns the ISO 639-1 code, such as {@code de}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Chooses the template language for a debtor's ISO 639-1 language code: German for
     * {@code de} or no language, English for every other language, because English is the
     * only foreign template.
     */
    public static LetterLanguage forDebtor(String debtorLanguage) {
        if (debtorLanguage == null || debtorLanguage.isBlank()) {
            return GERMAN;
        }
        String code = debtorLanguage.strip().toLowerCase(Locale.ROOT);
        return code.equals("de") || code.startsWith("de-") || code.startsWith("de_") ? GERMAN : ENGLISH;
    }
}
