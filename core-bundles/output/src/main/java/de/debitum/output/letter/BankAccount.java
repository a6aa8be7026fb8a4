package de.debitum.output.letter;

import java.util.Locale;

import de.debitum.output.internal.Mod97;

/**
 * The tenant's bank account that the footer and the GiroCode name.
 *
 * @param bankName the bank's name, such as {@code Sparkasse KölnBonn}, or null when the company profile has none
 * @param iban     the IBAN; spaces are removed and letters upper-cased
 * @param bic      the BIC (8 or 11 characters), or null: GiroCode version 002 does not need it
 */
public record BankAccount(String bankName, String iban, String bic) {

    public BankAccount {
        bankName = bankName == null || bankName.isBlank() ? null : bankName;
        iban = normalise(iban);
        if (!Mod97.isValidIban(iban)) {
            throw new InvalidLetterException(
                    "Ungültige IBAN '" + iban + "': Prüfziffern oder Aufbau stimmen nicht. Bitte die IBAN des Mandanten prüfen.",
                    "Invalid IBAN '" + iban + "': check digits or structure are wrong. Check the tenant's IBAN.");
        }
        bic = bic == null || bic.isBlank() ? null : normalise(bic);
        if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new InvalidLetterException(
                    "Ungültige BIC '" + bic + "': erwartet werden 8 oder 11 Zeichen wie COLSDE33XXX.",
                    "Invalid BIC '" + bic + "': expected 8 or 11 characters such as COLSDE33XXX.");
        }
    }

    /** Formats the IBAN in groups of four, as it is printed on paper. */
    public String printedIban() {
        return String.join(" ", iban.split("(?<=\\G.{4})"));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
