package de.debitum.datacenter.internal.ingest;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** IBAN check by ISO 13616: structure and the mod-97 check digits. */
final class Iban {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Returns whether {@code iban} is in electronic format (no spaces, upper case) and its check digits match. */
    static boolean isValid(String iban) {
        if (iban == null || !FORMAT.matcher(iban).matches()) {
            return false;
        }
        return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    /** Computes the ISO 7064 mod 97-10 remainder with letters as 10 to 35, as IBAN and RF references use it. */
    static int mod97(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
