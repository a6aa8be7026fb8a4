package de.debitum.matching.internal.reference;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 11649 structured creditor references ({@code RF18 5390 0754 7034}): "RF", two check
 * digits and up to 21 letters or digits. The reference is valid when, with its first four
 * characters moved to the end and each letter replaced by its number (A = 10 … Z = 35), the
 * number modulo 97 is 1, the ISO 7064 MOD 97-10 check that IBANs use too.
 */
public final class CreditorReference {

    private static final Pattern IN_TEXT = Pattern.compile("RF\\d{2}(?:[ ]?[0-9A-Z]){1,21}");

    private CreditorReference() {
    }

    /** Returns true when {@code reference}, spaces allowed, is a valid RF creditor reference. */
    public static boolean isValid(String reference) {
        if (reference == null) {
            return false;
        }
        String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 25 || !compact.startsWith("RF")
                || !Character.isDigit(compact.charAt(2)) || !Character.isDigit(compact.charAt(3))) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return false;
            }
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    /** Returns the part after "RF" and the check digits, without spaces. */
    public static String body(String reference) {
        return reference.replace(" ", "").toUpperCase(Locale.ROOT).substring(4);
    }

    /**
     * Finds the first valid RF reference in a text. Because the text may go on after the
     * reference, the longest prefix of the match that passes the check is taken.
     *
     * @return the reference without spaces, or null when the text has no valid one
     */
    public static String findValid(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = IN_TEXT.matcher(text.toUpperCase(Locale.ROOT));
        while (matcher.find()) {
            String compact = matcher.group().replace(" ", "");
            for (int end = compact.length(); end >= 5; end--) {
                if (isValid(compact.substring(0, end))) {
                    return compact.substring(0, end);
                }
            }
        }
        return null;
    }

    /** Creates the RF reference for a body, computing its check digits. */
    public static String create(String body) {
        String compact = body.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty() || compact.length() > 21 || !compact.matches("[0-9A-Z]+")) {
            throw new IllegalArgumentException("Invalid creditor reference body '" + body
                    + "': use 1 to 21 letters A-Z or digits.");
        }
        String probe = compact + "RF00";
        int remainder = 0;
        for (int i = 0; i < probe.length(); i++) {
            char c = probe.charAt(i);
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            remainder = ((value > 9 ? remainder * 100 : remainder * 10) + value) % 97;
        }
        int check = 98 - remainder;
        return "RF" + (check < 10 ? "0" : "") + check + compact;
    }
}
