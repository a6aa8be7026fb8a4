package de.debitum.output.internal.text;

import java.util.List;
import java.util.Map;

import de.debitum.output.letter.CreditorReference;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.LetterLanguage;
import de.debitum.output.letter.LetterText;

/** Fills a letter text's placeholders with one letter's values, formatted for its language. */
public final class TextFiller {

    private TextFiller() {
    }

    public static LetterText fill(LetterText text, DunningLetterData data, LetterLanguage language,
                                  CreditorReference reference) {
        LetterFormats formats = new LetterFormats(language);
        Map<String, String> values = Map.of(
                "debtorName", data.recipient().name(),
                "total", formats.money(data.total()),
                "deadline", formats.date(data.paymentDeadline()),
                "noticeNumber", data.noticeNumber(),
                "mahnstufe", Integer.toString(data.mahnstufe()),
                "letterDate", formats.date(data.letterDate()),
                "reference", reference.printed(),
                "companyName", data.letterhead().companyName(),
                "itemCount", Integer.toString(data.items().size()));
        return new LetterText(
                Placeholders.fill(text.subject(), values),
                Placeholders.fill(text.salutation(), values),
                fillAll(text.introParagraphs(), values),
                fillAll(text.closingParagraphs(), values),
                Placeholders.fill(text.complimentaryClose(), values));
    }

    private static List<String> fillAll(List<String> paragraphs, Map<String, String> values) {
        return paragraphs.stream().map(p -> Placeholders.fill(p, values)).toList();
    }
}
