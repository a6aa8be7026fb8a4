package de.debitum.output.letter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.debitum.output.internal.text.DefaultTexts;
import de.debitum.output.internal.text.Placeholders;

/**
 * A tenant's letter texts per language and Mahnstufe: the built-in defaults, replaced where the
 * tenant has kept its own text. Instances are immutable; {@link #with} returns a new one.
 */
public final class LetterTexts {

    /**
     * The placeholders a text may use: the debtor's name, the amount to pay, the payment
     * deadline, the notice number, the Mahnstufe, the letter date, the RF creditor reference,
     * the tenant's name and the number of overdue invoices.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("debtorName", "total", "deadline", "noticeNumber",
            "mahnstufe", "letterDate", "reference", "companyName", "itemCount");

    private static final LetterTexts DEFAULTS = new LetterTexts(Map.of());

    private final Map<Key, LetterText> overrides;

    private LetterTexts(Map<Key, LetterText> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Returns the built-in German and English texts with no tenant changes. */
    public static LetterTexts defaults() {
        return DEFAULTS;
    }

    /**
     * Returns texts where {@code text} replaces the one for {@code language} and {@code mahnstufe}.
     *
     * @throws InvalidLetterException when the text uses a placeholder not in {@link #PLACEHOLDERS},
     *                                naming every such placeholder
     */
    public LetterTexts with(LetterLanguage language, int mahnstufe, LetterText text) {
        DunningLetterData.checkMahnstufe(mahnstufe);
        checkPlaceholders(language, mahnstufe, text);
        Map<Key, LetterText> changed = new HashMap<>(overrides);
        changed.put(new Key(language, mahnstufe), text);
        return new LetterTexts(changed);
    }

    /** Returns the tenant's text for the language and Mahnstufe, or the default one. */
    public LetterText textFor(LetterLanguage language, int mahnstufe) {
        DunningLetterData.checkMahnstufe(mahnstufe);
        LetterText text = overrides.get(new Key(language, mahnstufe));
        return text != null ? text : DefaultTexts.forLevel(language, mahnstufe);
    }

    private static void checkPlaceholders(LetterLanguage language, int mahnstufe, LetterText text) {
        Set<String> unknown = new TreeSet<>();
        for (String part : text.parts()) {
            for (String name : Placeholders.namesIn(part)) {
                if (!PLACEHOLDERS.contains(name)) {
                    unknown.add("{" + name + "}");
                }
            }
        }
        if (!unknown.isEmpty()) {
            String allowed = String.join(", ", new TreeSet<>(PLACEHOLDERS.stream().map(n -> "{" + n + "}").toList()));
            throw new InvalidLetterException(
                    "Unbekannte Platzhalter im Text für Mahnstufe " + mahnstufe + " (" + language.tag() + "): "
                            + String.join(", ", unknown) + ". Erlaubt sind: " + allowed + ".",
                    "Unknown placeholders in the text for Mahnstufe " + mahnstufe + " (" + language.tag() + "): "
                            + String.join(", ", unknown) + ". Allowed are: " + allowed + ".");
        }
    }

    private record Key(LetterLanguage language, int mahnstufe) {
    }

    /** Returns the language and Mahnstufe pairs that carry a tenant text, for display. */
    public List<String> overriddenTexts() {
        return overrides.keySet().stream()
                .map(key -> key.language().tag() + "/" + key.mahnstufe())
                .sorted()
                .toList();
    }
}
