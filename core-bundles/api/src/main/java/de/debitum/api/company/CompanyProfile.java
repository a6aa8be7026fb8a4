package de.debitum.api.company;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The company data of a tenant, as its letters and e-mails show it. Every text is trimmed;
 * optional values are null when not set. An invalid value raises an
 * {@link IllegalArgumentException} whose message names the field and the value in German,
 * then " / " and the same in English.
 *
 * @param companyName       legal name, required
 * @param street            street and number, required
 * @param postcode          postcode, required
 * @param city              city, required
 * @param countryCode       ISO 3166-1 alpha-2 country, required
 * @param email             sender address for e-mails and the letter's contact line
 * @param phone             phone number for the contact line
 * @param iban              the account debtors pay to, required: the payment QR code carries it
 * @param bic               BIC of that account
 * @param bankName          name of the bank, for the footer
 * @param vatId             VAT identification number (USt-IdNr.)
 * @param registerCourt     court of the commercial register (Registergericht)
 * @param registerNumber    register number, such as HRB 12345
 * @param managingDirectors names of the managing directors (Geschäftsführer)
 * @param accentColour      colour of the letterhead as {@code #RRGGBB}
 */
public record CompanyProfile(String companyName, String street, String postcode, String city, String countryCode,
                             String email, String phone, String iban, String bic, String bankName, String vatId,
                             String registerCourt, String registerNumber, List<String> managingDirectors,
                             String accentColour) {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final Map<String, String> GERMAN_LABELS = Map.ofEntries(Map.entry("companyName", "Firmenname"),
            Map.entry("street", "Straße"), Map.entry("postcode", "Postleitzahl"), Map.entry("city", "Ort"),
            Map.entry("countryCode", "Land"), Map.entry("email", "E-Mail"), Map.entry("phone", "Telefon"),
            Map.entry("iban", "IBAN"), Map.entry("bic", "BIC"), Map.entry("bankName", "Bank"),
            Map.entry("vatId", "USt-IdNr."), Map.entry("registerCourt", "Registergericht"),
            Map.entry("registerNumber", "Registernummer"), Map.entry("managingDirectors", "Geschäftsführer"),
            Map.entry("accentColour", "Akzentfarbe"));

    public CompanyProfile {
        companyName = required("companyName", companyName, 200);
        street = required("street", street, 200);
        postcode = required("postcode", postcode, 20);
        city = required("city", city, 100);
        countryCode = required("countryCode", countryCode, 2).toUpperCase(Locale.ROOT);
        email = optional("email", email, 200);
        phone = optional("phone", phone, 50);
        iban = required("iban", iban, 34).replace(" ", "").toUpperCase(Locale.ROOT);
        bic = optional("bic", bic, 11);
        bankName = optional("bankName", bankName, 100);
        vatId = optional("vatId", vatId, 20);
        registerCourt = optional("registerCourt", registerCourt, 100);
        registerNumber = optional("registerNumber", registerNumber, 50);
        managingDirectors = managingDirectors == null ? List.of()
                : managingDirectors.stream().map(name -> required("managingDirectors", name, 100)).toList();
        accentColour = optional("accentColour", accentColour, 7);
        if (!COUNTRY.matcher(countryCode).matches()) {
            throw invalid("countryCode", countryCode, "zwei Buchstaben nach ISO 3166-1, etwa DE",
                    "two letters as ISO 3166-1 gives them, such as DE");
        }
        if (!IBAN.matcher(iban).matches() || !checkDigitsValid(iban)) {
            throw invalid("iban", iban, "eine IBAN mit gültiger Prüfziffer, etwa DE89370400440532013000",
                    "an IBAN with valid check digits, such as DE89370400440532013000");
        }
        if (bic != null && !BIC.matcher(bic.toUpperCase(Locale.ROOT)).matches()) {
            throw invalid("bic", bic, "8 oder 11 Buchstaben und Ziffern, etwa COBADEFFXXX",
                    "8 or 11 letters and digits, such as COBADEFFXXX");
        }
        bic = bic == null ? null : bic.toUpperCase(Locale.ROOT);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw invalid("email", email, "eine E-Mail-Adresse wie buchhaltung@firma.de",
                    "an e-mail address such as buchhaltung@firma.de");
        }
        if (accentColour != null && !COLOUR.matcher(accentColour).matches()) {
            throw invalid("accentColour", accentColour, "eine Farbe als #RRGGBB, etwa #1F4E79",
                    "a colour as #RRGGBB, such as #1F4E79");
        }
        if (managingDirectors.size() > 10) {
            throw new IllegalArgumentException("Zu viele Geschäftsführer (" + managingDirectors.size()
                    + "): bitte höchstens 10 Namen angeben. / Too many managing directors ("
                    + managingDirectors.size() + "): give at most 10 names.");
        }
    }

    private static String required(String field, String value, int maxLength) {
        String trimmed = optional(field, value, maxLength);
        if (trimmed == null) {
            throw new IllegalArgumentException("Pflichtangabe " + GERMAN_LABELS.get(field) + " (" + field
                    + ") fehlt in den Firmendaten: bitte angeben. / Missing value for " + field
                    + " of the company profile: give it.");
        }
        return trimmed;
    }

    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw invalid(field, trimmed, "höchstens " + maxLength + " Zeichen", "at most " + maxLength + " characters");
        }
        return trimmed;
    }

    private static IllegalArgumentException invalid(String field, String value, String germanExpected,
                                                    String englishExpected) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return new IllegalArgumentException("Ungültiger Wert '" + shown + "' für " + GERMAN_LABELS.get(field) + " ("
                + field + ") der Firmendaten: erwartet wird " + germanExpected + ". / Invalid " + field + " '" + shown
                + "' in the company profile: expected " + englishExpected + ".");
    }

    private static boolean checkDigitsValid(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** Returns the address lines below the company name: street, then postcode and city. */
    public List<String> addressLines() {
        return List.of(street, postcode + " " + city);
    }
}
