package de.debitum.output.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.money.Money;

/**
 * Builds a tenant's letterhead from its company profile and logo, and the sample reminder that
 * shows the letterhead before the first dunning run.
 */
public final class CompanyLetterhead {

    /** The accent colour of tenants that chose none. */
    public static final Colour DEFAULT_ACCENT = Colour.fromHex("#1F4E79");

    /** Notice number of the sample reminder; its creditor reference is valid but names no real notice. */
    public static final String SAMPLE_NOTICE_NUMBER = "MUSTER-0001";

    private CompanyLetterhead() {
    }

    /**
     * Returns the letterhead of the company's letters.
     *
     * @param logo the logo file (PNG or JPEG), or null for a letterhead without logo
     */
    public static Letterhead of(CompanyProfile company, byte[] logo) {
        String senderLine = company.companyName() + " · " + company.street() + " · " + company.postcode() + " "
                + company.city();
        List<String> contact = new ArrayList<>();
        if (company.phone() != null) {
            contact.add("Telefon " + company.phone());
        }
        if (company.email() != null) {
            contact.add(company.email());
        }
        Colour accent = company.accentColour() == null ? DEFAULT_ACCENT : Colour.fromHex(company.accentColour());
        return new Letterhead(company.companyName(), company.addressLines(), senderLine, contact, logo, accent,
                new BankAccount(company.bankName(), company.iban(), company.bic()), company.registerCourt(),
                company.registerNumber(), company.city(), company.managingDirectors(), null, company.vatId());
    }

    /**
     * Returns a first reminder (Mahnstufe 1) dated {@code letterDate} to an invented debtor with two
     * overdue invoices, for people to check the letterhead's design.
     */
    public static DunningLetterData sampleReminder(Letterhead letterhead, LocalDate letterDate) {
        Recipient recipient = new Recipient("Beispielkunde GmbH",
                List.of("z. Hd. Buchhaltung", "Musterweg 5", "12345 Musterstadt"), "de");
        List<OverdueItem> items = List.of(
                new OverdueItem("RE-MUSTER-0001", letterDate.minusDays(44), letterDate.minusDays(30),
                        Money.euro("1190.00"), Money.euro("0.00"), Money.euro("0.00")),
                new OverdueItem("RE-MUSTER-0002", letterDate.minusDays(30), letterDate.minusDays(16),
                        Money.euro("238.00"), Money.euro("0.00"), Money.euro("0.00")));
        return new DunningLetterData(letterhead, recipient, 1, SAMPLE_NOTICE_NUMBER, letterDate,
                letterDate.plusDays(14), items);
    }
}
