package de.debitum.output.internal;

/**
 * The ISO 7064 MOD 97-10 check that IBANs (ISO 13616) and creditor references (ISO 11649)
 * share: letters become two-digit numbers (A = 10 … Z = 35) and the whole number modulo 97
 * must be 1.
 */
public final class Mod97 {

    private Mod97() {
    }

    /**
     * Returns the remainder modulo 97 of the number that {@code alphanumeric} spells.
     *
     * @throws IllegalArgumentException for a character other than 0–9 and A–Z
     */
    public static int remainder(CharSequence alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                throw new IllegalArgumentException("not 0-9 or A-Z: '" + c + "'");
            }
        }
        return remainder;
    }

    /** Checks an IBAN without spaces: country, check digits, then the account part moved first. */
    public static boolean isValidIban(String iban) {
        if (iban == null || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        return remainder(iban.substring(4) + iban.substring(0, 4)) == 1;
    }
}
