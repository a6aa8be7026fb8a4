package de.debitum.output.letter;

import java.util.Locale;
import java.util.Objects;

import de.debitum.output.internal.Mod97;

/**
 * A structured creditor reference after ISO 11649: {@code RF}, two check digits (ISO 7064
 * MOD 97-10) and 1 to 21 letters or digits, such as {@code RF18539007547034}.
 *
 * @param value the reference without spaces, upper case
 */
public record CreditorReference(String value) {

    /** The maximum characters after {@code RF} and the check digits. */
    public static final int MAX_REFERENCE_LENGTH = 21;

    public CreditorReference {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new InvalidLetterException(
                    "'" + value + "' ist keine gültige RF-Referenz nach ISO 11649.",
                    "'" + value + "' is not a valid ISO 11649 RF creditor reference.");
        }
    }

    /**
     * Makes the reference for a dunning notice number: its letters and digits, upper-cased, with
     * every other character (spaces, dashes, slashes) left out.
     *
     * @throws InvalidLetterException when fewer than 1 or more than 21 letters and digits remain
     */
    public static CreditorReference fromNoticeNumber(String noticeNumber) {
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        String reference = noticeNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new InvalidLetterException(
                    "Aus der Mahnungsnummer '" + noticeNumber + "' entstehen " + reference.length()
                            + " Buchstaben und Ziffern; eine RF-Referenz fasst 1 bis " + MAX_REFERENCE_LENGTH + ".",
                    "The notice number '" + noticeNumber + "' gives " + reference.length()
                            + " letters and digits; an RF reference holds 1 to " + MAX_REFERENCE_LENGTH + ".");
        }
        int check = 98 - Mod97.remainder(reference + "RF00");
        return new CreditorReference(String.format(Locale.ROOT, "RF%02d%s", check, reference));
    }

    /** Checks form and check digits of a reference given without spaces. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("RF[0-9]{2}[A-Z0-9]{1," + MAX_REFERENCE_LENGTH + "}")) {
            return false;
        }
        return Mod97.remainder(value.substring(4) + value.substring(0, 4)) == 1;
    }

    /** Formats the reference in groups of four, as ISO 11649 recommends for paper. */
    public String printed() {
        return String.join(" ", value.split("(?<=\\G.{4})"));
    }

    @Override
    public String toString() {
        return value;
    }
}
