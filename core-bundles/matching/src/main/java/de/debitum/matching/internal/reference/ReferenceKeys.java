package de.debitum.matching.internal.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Comparison keys of a reference as people type it. A key keeps only the digit groups, each
 * without leading zeros, so that {@code RE-2024-00123}, {@code 2024 123} and {@code re2024/0123}
 * share the key {@code 2024-123}: prefixes, separators and missing or extra zeros do not count.
 * The concatenated key joins all digits ({@code 2024123}) for a number typed without separators
 * or split across two lines.
 *
 * <p>Before that, a run of the letters O, I and L that touches a digit is read as 0 and 1, the
 * usual confusions of OCR and of people copying from paper ({@code 2O24-OO1I} becomes
 * {@code 2024-0011}). A run with any other letter ({@code INV}, {@code NO}) stays a word.
 */
public final class ReferenceKeys {

    /** The key of one reference. */
    public record Key(String groups, String concatenated, int groupCount, boolean confusionsRead) {
    }

    private ReferenceKeys() {
    }

    /** Returns the key of a text fragment, or null when it has no digit. */
    public static Key of(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(upper.length());
        boolean confusions = readConfusions(upper, mapped);

        List<String> groups = new ArrayList<>(4);
        StringBuilder digits = new StringBuilder();
        int i = 0;
        while (i < mapped.length()) {
            if (!isDigit(mapped.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < mapped.length() && isDigit(mapped.charAt(i))) {
                i++;
            }
            String group = mapped.substring(start, i);
            digits.append(group);
            groups.add(stripZeros(group));
        }
        if (groups.isEmpty()) {
            return null;
        }
        return new Key(String.join("-", groups), stripZeros(digits.toString()), groups.size(), confusions);
    }

    private static boolean readConfusions(String upper, StringBuilder out) {
        boolean any = false;
        int i = 0;
        while (i < upper.length()) {
            char c = upper.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            boolean onlyConfusable = true;
            while (i < upper.length() && Character.isLetter(upper.charAt(i))) {
                char letter = upper.charAt(i);
                onlyConfusable &= letter == 'O' || letter == 'I' || letter == 'L';
                i++;
            }
            boolean touchesDigit = (start > 0 && isDigit(upper.charAt(start - 1)))
                    || (i < upper.length() && isDigit(upper.charAt(i)));
            if (onlyConfusable && touchesDigit) {
                for (int j = start; j < i; j++) {
                    out.append(upper.charAt(j) == 'O' ? '0' : '1');
                }
                any = true;
            } else {
                out.append(upper, start, i);
            }
        }
        return any;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
