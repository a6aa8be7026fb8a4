package de.debitum.output.internal.mail;

import java.util.Locale;

import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.output.letter.LetterLanguage;

/**
 * The subject and text of the e-mail that carries a document, in the debtor's language. The PDF
 * says everything binding; the e-mail only introduces it.
 *
 * @param subject the e-mail subject
 * @param body    the plain-text e-mail body
 */
public record MailTexts(String subject, String body) {

    /**
     * Returns the texts for a document.
     *
     * @param title the document's title in the letter's language, such as {@code Mahnung}, or
     *              null for the kind's default title
     */
    public static MailTexts of(OutboxDocumentKind kind, LetterLanguage language, String title, String number,
                               String senderName) {
        String name = title != null ? title : defaultTitle(kind, language);
        if (language == LetterLanguage.GERMAN) {
            String body = "Guten Tag,\n\n"
                    + "anbei erhalten Sie unsere " + name + " Nr. " + number + " als PDF-Datei.\n"
                    + (kind == OutboxDocumentKind.DUNNING_LETTER
                    ? "Bitte beachten Sie die darin genannte Zahlungsfrist. Falls Sie bereits gezahlt haben, "
                    + "betrachten Sie dieses Schreiben bitte als gegenstandslos.\n" : "")
                    + "\nMit freundlichen Grüßen\n" + senderName + "\n";
            return new MailTexts(name + " Nr. " + number + " – " + senderName, body);
        }
        String body = "Dear Sir or Madam,\n\n"
                + "please find attached our " + name.toLowerCase(Locale.ROOT) + " no. " + number + " as a PDF file.\n"
                + (kind == OutboxDocumentKind.DUNNING_LETTER
                ? "Please note the payment deadline stated in it. If you have already paid, please disregard this message.\n"
                : "")
                + "\nKind regards\n" + senderName + "\n";
        return new MailTexts(name + " no. " + number + " – " + senderName, body);
    }

    /** Returns the title of a dunning letter: a friendly reminder first, a Mahnung from the second level on. */
    public static String dunningTitle(int mahnstufe, LetterLanguage language) {
        if (language == LetterLanguage.GERMAN) {
            return mahnstufe <= 1 ? "Zahlungserinnerung" : mahnstufe + ". Mahnung";
        }
        return switch (mahnstufe) {
            case 1 -> "Payment reminder";
            case 2 -> "Second reminder";
            case 3 -> "Third reminder";
            default -> "Reminder (level " + mahnstufe + ")";
        };
    }

    private static String defaultTitle(OutboxDocumentKind kind, LetterLanguage language) {
        return switch (kind) {
            case DUNNING_LETTER -> language == LetterLanguage.GERMAN ? "Mahnung" : "Payment reminder";
            case INVOICE -> language == LetterLanguage.GERMAN ? "Rechnung" : "Invoice";
        };
    }
}
