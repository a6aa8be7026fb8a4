package de.debitum.output.internal.pdf;

import de.debitum.output.internal.text.LetterFormats;
import de.debitum.output.internal.text.Wording;
import de.debitum.output.letter.CreditorReference;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.GiroCode;
import de.debitum.output.letter.LetterLanguage;
import de.debitum.output.letter.LetterText;

/**
 * One letter ready to lay out: its data, its text with the placeholders filled in, and the
 * payment details.
 *
 * @param giroCode the payment QR code, or null when the letter has none (amount not in EUR or
 *                 out of the GiroCode range)
 */
public record LetterContent(DunningLetterData data, LetterText text, LetterLanguage language,
                            CreditorReference reference, GiroCode giroCode) {

    Wording wording() {
        return Wording.of(language);
    }

    LetterFormats formats() {
        return new LetterFormats(language);
    }
}
