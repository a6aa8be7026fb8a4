package de.debitum.output.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The debtor as the letter addresses it.
 *
 * @param name         the debtor's name, first line of the address and {@code {debtorName}} in the texts
 * @param addressLines the further address lines (street, post code and city, country), without the name
 * @param language     the debtor's ISO 639-1 language code, or null for German
 */
public record Recipient(String name, List<String> addressLines, String language) {

    /** The lines that the address zone of the DIN 5008 address field takes (Anschriftzone). */
    public static final int MAX_ADDRESS_LINES = 6;

    public Recipient {
        Objects.requireNonNull(name, "name");
        addressLines = List.copyOf(addressLines);
        if (name.isBlank()) {
            throw new InvalidLetterException("Der Name des Schuldners fehlt.", "The debtor's name is missing.");
        }
        if (addressLines.size() + 1 > MAX_ADDRESS_LINES) {
            throw new InvalidLetterException(
                    "Die Anschrift von '" + name + "' hat " + (addressLines.size() + 1) + " Zeilen; das Anschriftfeld fasst "
                            + MAX_ADDRESS_LINES + ". Bitte Zeilen zusammenfassen.",
                    "The address of '" + name + "' has " + (addressLines.size() + 1) + " lines; the address field holds "
                            + MAX_ADDRESS_LINES + ". Merge some lines.");
        }
    }

    /** Returns the name followed by the address lines. */
    public List<String> allLines() {
        List<String> lines = new ArrayList<>();
        lines.add(name);
        lines.addAll(addressLines);
        return lines;
    }

    public LetterLanguage letterLanguage() {
        return LetterLanguage.forDebtor(language);
    }
}
