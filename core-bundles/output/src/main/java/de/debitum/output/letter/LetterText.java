package de.debitum.output.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The editable words of a dunning letter, with placeholders such as {@code {debtorName}},
 * {@code {total}} and {@code {deadline}} that {@link LetterTexts#PLACEHOLDERS} lists.
 *
 * @param subject             the subject line (Betreff)
 * @param salutation          the salutation, such as {@code Sehr geehrte Damen und Herren,}
 * @param introParagraphs     the paragraphs before the table of overdue items
 * @param closingParagraphs   the paragraphs after the table and the amount to pay
 * @param complimentaryClose  the closing words before the company name, such as {@code Mit freundlichen Grüßen}
 */
public record LetterText(String subject, String salutation, List<String> introParagraphs,
                         List<String> closingParagraphs, String complimentaryClose) {

    /** The maximum characters in one paragraph or line. */
    public static final int MAX_PARAGRAPH_LENGTH = 3000;
    /** The maximum paragraphs before and after the table together. */
    public static final int MAX_PARAGRAPHS = 20;

    public LetterText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(salutation, "salutation");
        Objects.requireNonNull(complimentaryClose, "complimentaryClose");
        introParagraphs = List.copyOf(introParagraphs);
        closingParagraphs = List.copyOf(closingParagraphs);
        if (introParagraphs.size() + closingParagraphs.size() > MAX_PARAGRAPHS) {
            throw new InvalidLetterException(
                    "Der Brieftext hat " + (introParagraphs.size() + closingParagraphs.size()) + " Absätze, erlaubt sind " + MAX_PARAGRAPHS + ".",
                    "The letter text has " + (introParagraphs.size() + closingParagraphs.size()) + " paragraphs, " + MAX_PARAGRAPHS + " are allowed.");
        }
        for (String part : allParts(subject, salutation, introParagraphs, closingParagraphs, complimentaryClose)) {
            if (part.length() > MAX_PARAGRAPH_LENGTH) {
                throw new InvalidLetterException(
                        "Ein Absatz hat " + part.length() + " Zeichen, erlaubt sind " + MAX_PARAGRAPH_LENGTH + ": '" + part.substring(0, 40) + "…'",
                        "A paragraph has " + part.length() + " characters, " + MAX_PARAGRAPH_LENGTH + " are allowed: '" + part.substring(0, 40) + "…'");
            }
        }
    }

    /** Subject, salutation, every paragraph and the closing, in reading order. */
    public List<String> parts() {
        return allParts(subject, salutation, introParagraphs, closingParagraphs, complimentaryClose);
    }

    private static List<String> allParts(String subject, String salutation, List<String> intro,
                                         List<String> closing, String close) {
        List<String> parts = new ArrayList<>();
        parts.add(subject);
        parts.add(salutation);
        parts.addAll(intro);
        parts.addAll(closing);
        parts.add(close);
        return parts;
    }
}
