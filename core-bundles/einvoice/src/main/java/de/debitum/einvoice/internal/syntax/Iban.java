package de.debitum.einvoice.internal.syntax;

import java.math.BigInteger;
import java.util.Locale;

/** IBAN helpers (ISO 13616): normalizing and the mod-97 check. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Removes spaces and upper-cases; other account ids pass through unchanged otherwise. */
    public static String normalize(String value) {
        return value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Returns {@code true} for a well-formed IBAN whose mod-97 check digits are right. */
    public static boolean isValid(String value) {
        String iban = normalize(value);
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
