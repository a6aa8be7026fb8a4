package de.debitum.connector.bankstatement.internal.parse;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for the identifiers found in statements: RF creditor references, IBANs and BICs. */
final class References {

    /** ISO 11649: "RF", two check digits, then 1 to 21 alphanumeric characters. */
    private static final Pattern RF = Pattern.compile("RF\\d{2}[A-Z0-9]{1,21}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private References() {
    }

    /** Returns whether the text, spaces removed, looks like an RF reference (valid or not). */
    static boolean looksLikeRf(String text) {
        return text != null && text.replace(" ", "").toUpperCase(Locale.ROOT).startsWith("RF");
    }

    /**
     * Returns whether an RF reference is well formed and its check digits verify. ISO 11649 uses the
     * IBAN scheme of ISO 13616: the first four characters move to the end, letters become 10..35,
     * and the number mod 97 must be 1.
     */
    static boolean validRf(String text) {
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return RF.matcher(compact).matches() && mod97(compact) == 1;
    }

    /** Returns whether the text is an IBAN whose check digits verify. */
    static boolean validIban(String text) {
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return IBAN.matcher(compact).matches() && mod97(compact) == 1;
    }

    /** Returns whether the text has the shape of an IBAN, whatever its check digits. */
    static boolean looksLikeIban(String text) {
        return IBAN.matcher(text.replace(" ", "").toUpperCase(Locale.ROOT)).matches();
    }

    static boolean looksLikeBic(String text) {
        return BIC.matcher(text).matches();
    }

    static String normaliseRf(String text) {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static int mod97(String compact) {
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
