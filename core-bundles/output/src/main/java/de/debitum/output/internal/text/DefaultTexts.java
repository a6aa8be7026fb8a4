package de.debitum.output.internal.text;

import java.util.List;

import de.debitum.output.letter.LetterLanguage;
import de.debitum.output.letter.LetterText;

/**
 * The texts a tenant starts with: a payment reminder (Mahnstufe 1), a second reminder
 * (Mahnstufe 2) and a last reminder announcing the hand-over to collection (Mahnstufe 3 and up).
 * They name the items as one list ("Aufstellung"), so they read right for one invoice and for several.
 */
public final class DefaultTexts {

    private DefaultTexts() {
    }

    public static LetterText forLevel(LetterLanguage language, int mahnstufe) {
        int level = Math.min(mahnstufe, 3);
        return language == LetterLanguage.GERMAN ? german(level) : english(level);
    }

    private static LetterText german(int level) {
        String payWith = "Bitte geben Sie bei der Überweisung die Referenz {reference} an oder scannen Sie den "
                + "GiroCode mit Ihrer Banking-App; dann ordnen wir Ihre Zahlung sofort zu.";
        String alreadyPaid = "Sollten Sie die Zahlung in den letzten Tagen bereits veranlasst haben, betrachten Sie "
                + "dieses Schreiben bitte als gegenstandslos.";
        return switch (level) {
            case 1 -> new LetterText("Zahlungserinnerung {noticeNumber}", "Sehr geehrte Damen und Herren,",
                    List.of("sicher ist es Ihrer Aufmerksamkeit entgangen, dass nach der folgenden Aufstellung noch "
                            + "{total} offen sind. Wir bitten Sie, den Betrag bis zum {deadline} zu überweisen."),
                    List.of(payWith, alreadyPaid), "Mit freundlichen Grüßen");
            case 2 -> new LetterText("2. Mahnung {noticeNumber}", "Sehr geehrte Damen und Herren,",
                    List.of("trotz unserer Zahlungserinnerung konnten wir zu der folgenden Aufstellung noch keinen "
                            + "Zahlungseingang feststellen. Bitte überweisen Sie den Gesamtbetrag von {total} "
                            + "einschließlich Mahngebühren und Verzugszinsen bis spätestens {deadline}."),
                    List.of(payWith, alreadyPaid), "Mit freundlichen Grüßen");
            default -> new LetterText("Letzte Mahnung {noticeNumber}", "Sehr geehrte Damen und Herren,",
                    List.of("auf unsere bisherigen Mahnungen haben Sie nicht reagiert. Die Forderung der folgenden "
                            + "Aufstellung ist weiterhin offen. Dies ist unsere letzte Mahnung vor der Abgabe an ein "
                            + "Inkassounternehmen."),
                    List.of("Sollte der Gesamtbetrag von {total} nicht bis zum {deadline} bei uns eingehen, übergeben "
                                    + "wir die Forderung ohne weitere Ankündigung zur Beitreibung. Die dadurch "
                                    + "entstehenden Kosten gehen zu Ihren Lasten.",
                            payWith), "Mit freundlichen Grüßen");
        };
    }

    private static LetterText english(int level) {
        String payWith = "Please quote the reference {reference} with your transfer, or scan the GiroCode with "
                + "your banking app, so that we can match your payment at once.";
        String alreadyPaid = "If you have made the payment in the last few days, please disregard this letter.";
        return switch (level) {
            case 1 -> new LetterText("Payment reminder {noticeNumber}", "Dear Sir or Madam,",
                    List.of("our records show an unpaid balance of {total}, itemised below. Please transfer it by "
                            + "{deadline}."),
                    List.of(payWith, alreadyPaid), "Yours faithfully");
            case 2 -> new LetterText("Second reminder {noticeNumber}", "Dear Sir or Madam,",
                    List.of("despite our payment reminder we have not yet received payment for the balance "
                            + "itemised below. Please transfer the total of {total}, including dunning fees and default "
                            + "interest, by {deadline} at the latest."),
                    List.of(payWith, alreadyPaid), "Yours faithfully");
            default -> new LetterText("Final reminder {noticeNumber}", "Dear Sir or Madam,",
                    List.of("you have not responded to our previous reminders. The balance itemised below remains "
                            + "unpaid. This is our final reminder before we pass the claim to a collection agency."),
                    List.of("If the total of {total} has not reached us by {deadline}, we will pass the claim on "
                                    + "for collection without further notice. You will bear the costs this causes.",
                            payWith), "Yours faithfully");
        };
    }
}
