package de.debitum.ledger.datev;

import java.util.Objects;

/**
 * One row of a Debitoren/Kreditoren file: the master data of a debtor or creditor account.
 * Optional values are {@code null}. The writer shortens texts to DATEV's field lengths and drops,
 * with a report entry, a USt-IdNr. or IBAN that DATEV would reject.
 *
 * @param konto personal account number: Sachkontenlänge plus one digit
 * @param adressatentyp person or company
 * @param name company name, or the last name of a person
 * @param vorname first name of a person, or {@code null}
 * @param kurzbezeichnung short name (at most 15 characters), or {@code null}
 * @param ustIdNr VAT id with its country prefix, such as {@code DE123456789}, or {@code null}
 * @param strasse street and house number, or {@code null}
 * @param postleitzahl postal code, or {@code null}
 * @param ort city, or {@code null}
 * @param land ISO 3166 two-letter country code, or {@code null}
 * @param email e-mail address, or {@code null}
 * @param telefon phone number, or {@code null}
 * @param iban IBAN of the main bank account, or {@code null}
 * @param bic BIC of that account, or {@code null}
 * @param kundennummer the tenant's customer number, or {@code null}
 */
public record Personenkonto(
        int konto,
        Adressatentyp adressatentyp,
        String name,
        String vorname,
        String kurzbezeichnung,
        String ustIdNr,
        String strasse,
        String postleitzahl,
        String ort,
        String land,
        String email,
        String telefon,
        String iban,
        String bic,
        String kundennummer) {

    public Personenkonto {
        Objects.requireNonNull(adressatentyp, "adressatentyp");
        Objects.requireNonNull(name, "name");
    }

    /** Returns a company account with only a name; the other fields are empty. */
    public static Personenkonto company(int konto, String name) {
        return new Personenkonto(konto, Adressatentyp.UNTERNEHMEN, name, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
