package de.debitum.output.letter;

/**
 * A rendered dunning letter.
 *
 * @param pdf       the PDF/A-3b document
 * @param pageCount the number of pages
 * @param language  the template language the letter was written in
 * @param reference the RF creditor reference printed on the letter and carried by the GiroCode
 * @param giroCode  the payment QR code's content, or null when the letter has none because the
 *                  amount is not in EUR or outside 0.01 to 999999999.99
 */
public record RenderedLetter(byte[] pdf, int pageCount, LetterLanguage language,
                             CreditorReference reference, GiroCode giroCode) {

    /** Returns a copy of the PDF bytes. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    /** Returns the PDF's size in bytes. */
    public int size() {
        return pdf.length;
    }
}
