package de.debitum.output.internal.text;

import java.util.List;

import de.debitum.output.letter.LetterLanguage;

/** The fixed labels of a letter (table header, information block, footer, page numbers). */
public record Wording(List<String> tableHeader, String sumRow, String totalToPay, String payBy,
                      String noticeNumber, String reference, String date, String payWithGiroCode,
                      String beneficiary, String amount, String seat, String managingDirectors,
                      String supervisoryBoardChair, String vatId, String pageOf) {

    private static final Wording GERMAN = new Wording(
            List.of("Rechnungsnr.", "Datum", "Fällig am", "Betrag", "Gebühren", "Zinsen"),
            "Summe", "Zu zahlender Gesamtbetrag", "Zahlbar bis", "Mahnungsnr.", "Referenz", "Datum",
            "Bequem bezahlen mit GiroCode", "Empfänger", "Betrag", "Sitz", "Geschäftsführung",
            "Vorsitz des Aufsichtsrats", "USt-IdNr.",
            "Seite %d von %d");

    private static final Wording ENGLISH = new Wording(
            List.of("Invoice no.", "Date", "Due date", "Amount", "Fees", "Interest"),
            "Sum", "Total to pay", "Payable by", "Notice no.", "Reference", "Date",
            "Pay with GiroCode", "Beneficiary", "Amount", "Registered office", "Managing directors",
            "Chair of the supervisory board", "VAT ID",
            "Page %d of %d");

    public static Wording of(LetterLanguage language) {
        return language == LetterLanguage.GERMAN ? GERMAN : ENGLISH;
    }
}
