package de.debitum.ledger.internal.datev;

import static de.debitum.ledger.internal.datev.DebitorenKreditorenColumns.*;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import de.debitum.ledger.datev.Adressatentyp;
import de.debitum.ledger.datev.DatevExportException;
import de.debitum.ledger.datev.DatevExportSettings;
import de.debitum.ledger.datev.ExportNotice.Kind;
import de.debitum.ledger.datev.Personenkonto;

/**
 * Turns one {@link Personenkonto} into the 254 field values of a Debitoren/Kreditoren row. Field
 * lengths follow DATEV's field table for Debitoren/Kreditoren: company name 50, person name and
 * first name 30, Kurzbezeichnung 15, USt-IdNr. 2 + 13, street 36, postal code 10, city 30.
 */
final class PersonenkontoRow {

    static final int NAME_COMPANY_LENGTH = 50;
    static final int NAME_PERSON_LENGTH = 30;
    static final int KURZBEZEICHNUNG_LENGTH = 15;
    static final int STRASSE_LENGTH = 36;
    static final int POSTLEITZAHL_LENGTH = 10;
    static final int ORT_LENGTH = 30;
    static final int TELEFON_LENGTH = 60;
    static final int EMAIL_LENGTH = 60;
    static final int KUNDENNUMMER_LENGTH = 15;

    /** Adressart STR: the address is a street address. */
    private static final String ADRESSART_STRASSE = "STR";

    /** USt-IdNr.: two-letter prefix (EL for Greece, XI for Northern Ireland) and up to 13 characters. */
    private static final Pattern UST_ID = Pattern.compile("([A-Z]{2})([A-Z0-9+*]{2,13})");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private final DatevExportSettings settings;
    private final FieldSanitizer sanitizer;

    PersonenkontoRow(DatevExportSettings settings, FieldSanitizer sanitizer) {
        this.settings = settings;
        this.sanitizer = sanitizer;
    }

    String[] values(Personenkonto account) {
        String reference = "Konto " + account.konto();
        checkPersonalAccount(account.konto());

        String[] values = new String[COLUMNS.size()];
        values[KONTO - 1] = String.valueOf(account.konto());
        if (account.adressatentyp() == Adressatentyp.UNTERNEHMEN) {
            values[NAME_UNTERNEHMEN - 1] = sanitizer.text(reference, "Name (Adressatentyp Unternehmen)",
                    account.name(), NAME_COMPANY_LENGTH);
        } else {
            values[NAME_PERSON - 1] = sanitizer.text(reference, "Name (Adressatentyp natürl. Person)",
                    account.name(), NAME_PERSON_LENGTH);
            values[VORNAME_PERSON - 1] = sanitizer.text(reference, "Vorname (Adressatentyp natürl. Person)",
                    account.vorname(), NAME_PERSON_LENGTH);
        }
        values[ADRESSATENTYP - 1] = account.adressatentyp().code();
        values[KURZBEZEICHNUNG - 1] = sanitizer.text(reference, "Kurzbezeichnung", account.kurzbezeichnung(),
                KURZBEZEICHNUNG_LENGTH);
        ustIdNr(reference, account.ustIdNr(), values);
        if (account.strasse() != null || account.ort() != null) {
            values[ADRESSART - 1] = ADRESSART_STRASSE;
        }
        values[STRASSE - 1] = sanitizer.text(reference, "Straße", account.strasse(), STRASSE_LENGTH);
        values[POSTLEITZAHL - 1] = sanitizer.text(reference, "Postleitzahl", account.postleitzahl(),
                POSTLEITZAHL_LENGTH);
        values[ORT - 1] = sanitizer.text(reference, "Ort", account.ort(), ORT_LENGTH);
        values[LAND - 1] = checked(reference, "Land", normalized(account.land()), COUNTRY);
        values[TELEFON - 1] = sanitizer.text(reference, "Telefon", account.telefon(), TELEFON_LENGTH);
        values[EMAIL - 1] = sanitizer.text(reference, "E-Mail", account.email(), EMAIL_LENGTH);
        values[IBAN_1 - 1] = iban(reference, normalized(account.iban()));
        values[SWIFT_1 - 1] = checked(reference, "SWIFT-Code 1", normalized(account.bic()), BIC);
        values[KUNDENNUMMER - 1] = sanitizer.text(reference, "Kundennummer", account.kundennummer(),
                KUNDENNUMMER_LENGTH);
        return values;
    }

    private void checkPersonalAccount(int konto) {
        // Personal accounts have exactly one digit more than the G/L accounts.
        int digits = String.valueOf(konto).length();
        if (konto < 1 || digits != settings.accountLength() + 1) {
            throw new DatevExportException(
                    "Personenkonto " + konto + " ist ungültig: bei Sachkontenlänge " + settings.accountLength()
                            + " hat ein Personenkonto " + (settings.accountLength() + 1) + " Stellen.",
                    "Personal account " + konto + " is invalid: with account length " + settings.accountLength()
                            + " a personal account has " + (settings.accountLength() + 1) + " digits.");
        }
    }

    private void ustIdNr(String reference, String ustIdNr, String[] values) {
        String normalized = normalized(ustIdNr);
        if (normalized.isEmpty()) {
            return;
        }
        var matcher = UST_ID.matcher(normalized);
        if (!matcher.matches()) {
            invalid(reference, "EU-USt-IdNr.", ustIdNr);
            return;
        }
        values[EU_LAND - 1] = matcher.group(1);
        values[EU_USTID - 1] = matcher.group(2);
    }

    private String iban(String reference, String iban) {
        if (iban.isEmpty()) {
            return "";
        }
        if (!IBAN.matcher(iban).matches() || !hasValidChecksum(iban)) {
            invalid(reference, "IBAN 1", iban);
            return "";
        }
        return iban;
    }

    private String checked(String reference, String field, String value, Pattern pattern) {
        if (value.isEmpty() || pattern.matcher(value).matches()) {
            return value;
        }
        invalid(reference, field, value);
        return "";
    }

    private void invalid(String reference, String field, String value) {
        sanitizer.removed(Kind.INVALID_VALUE_REMOVED, reference, field, value,
                "„" + value + "“ ist ungültig und wurde ausgelassen, weil DATEV den Datensatz sonst"
                        + " ablehnt. Bitte in den Stammdaten korrigieren.",
                "\"" + value + "\" is invalid and was left out, because DATEV would reject the record."
                        + " Correct it in the master data.");
    }

    /** Checks the ISO 13616 check digits: the rearranged IBAN as a number is 1 modulo 97. */
    private static boolean hasValidChecksum(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.getNumericValue(c)));
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String normalized(String value) {
        return value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
