package de.debitum.output.letter;

import java.util.List;
import java.util.Objects;

/**
 * The tenant's corporate design and the details that German commercial law requires on a
 * business letter of a GmbH. Section 35a GmbHG names legal form and seat, register court and
 * number, all managing directors, and the chair of a supervisory board where there is one.
 *
 * @param companyName       the tenant's name as it heads the letter and closes it
 * @param addressLines      the tenant's postal address for the footer, one line each
 * @param senderLine        the return address above the recipient (Rücksendeangabe), printed in
 *                          at most two lines of 7 pt
 * @param contactLines      at most {@link #MAX_CONTACT_LINES} lines for the information block
 *                          beside the address, such as phone and e-mail
 * @param logo              a PNG or JPEG image of at most {@link #MAX_LOGO_BYTES} bytes, or null
 * @param accentColour      the colour of the company name, rules and the table header
 * @param bankAccount       the account the debtor pays into
 * @param registerCourt     the register court, such as {@code Amtsgericht Köln}, or null
 * @param registerNumber    the commercial register number, such as {@code HRB 12345}, or null
 * @param seat              the registered office (Sitz), such as {@code Köln}, or null
 * @param managingDirectors the managing directors (Geschäftsführer), may be empty
 * @param supervisoryBoardChair the chair of the supervisory board, or null when there is none
 * @param vatId             the VAT identification number, such as {@code DE123456789}, or null
 */
public record Letterhead(String companyName, List<String> addressLines, String senderLine,
                         List<String> contactLines, byte[] logo, Colour accentColour,
                         BankAccount bankAccount, String registerCourt, String registerNumber,
                         String seat, List<String> managingDirectors, String supervisoryBoardChair,
                         String vatId) {

    /** The largest logo file accepted: a letterhead logo needs far less. */
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

    /** The contact lines that fit the information block above the notice number and date. */
    public static final int MAX_CONTACT_LINES = 5;

    public Letterhead {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(senderLine, "senderLine");
        Objects.requireNonNull(accentColour, "accentColour");
        Objects.requireNonNull(bankAccount, "bankAccount");
        addressLines = List.copyOf(addressLines);
        contactLines = List.copyOf(contactLines);
        managingDirectors = List.copyOf(managingDirectors);
        if (companyName.isBlank()) {
            throw new InvalidLetterException("Der Firmenname des Mandanten fehlt.",
                    "The tenant's company name is missing.");
        }
        if (contactLines.size() > MAX_CONTACT_LINES) {
            throw new InvalidLetterException(
                    "Der Briefkopf hat " + contactLines.size() + " Kontaktzeilen, erlaubt sind " + MAX_CONTACT_LINES + ".",
                    "The letterhead has " + contactLines.size() + " contact lines, " + MAX_CONTACT_LINES + " are allowed.");
        }
        if (logo != null) {
            if (logo.length > MAX_LOGO_BYTES) {
                throw new InvalidLetterException(
                        "Das Logo hat " + logo.length + " Bytes, erlaubt sind höchstens " + MAX_LOGO_BYTES
                                + ". Bitte eine kleinere PNG- oder JPEG-Datei hochladen.",
                        "The logo has " + logo.length + " bytes, at most " + MAX_LOGO_BYTES
                                + " are allowed. Upload a smaller PNG or JPEG file.");
            }
            logo = logo.clone();
        }
    }

    /** Returns a copy of the logo bytes, or null when the tenant has no logo. */
    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }
}
