package de.debitum.ledger.internal.datev;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import de.debitum.ledger.datev.DatevExportException;
import de.debitum.ledger.datev.ExportNotice;
import de.debitum.ledger.datev.ExportNotice.Kind;
import de.debitum.ledger.datev.UnencodableCharacters;

/**
 * Makes text values fit DATEV's rules and records every change as an {@link ExportNotice}.
 *
 * <p>The rules, applied in this order: control characters (line breaks, tabs, C1 controls) become
 * one space each, because DATEV forbids control characters inside text fields; characters outside
 * Windows-1252 are replaced or rejected by the {@link UnencodableCharacters} policy; a text longer than
 * the field keeps its first characters up to the field length, without trailing spaces.
 */
final class FieldSanitizer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Replacement for a character that has no Windows-1252 form, even after folding. */
    static final String PLACEHOLDER = "_";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");

    private final UnencodableCharacters policy;
    private final List<ExportNotice> notices;
    private final CharsetEncoder encoder = WINDOWS_1252.newEncoder();

    FieldSanitizer(UnencodableCharacters policy, List<ExportNotice> notices) {
        this.policy = policy;
        this.notices = notices;
    }

    /** Returns the value fit for a text field of at most {@code maxLength} characters. */
    String text(String reference, String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String written = replaceControlCharacters(reference, field, value);
        written = encodable(reference, field, written);
        return shorten(reference, field, written, maxLength);
    }

    /**
     * Returns Belegfeld 1 or 2 in DATEV's allowed characters: German umlauts and ß are spelled out
     * (ä becomes ae), every other character outside {@code A-Z a-z 0-9 $ % - /} is removed, and a
     * value longer than the field keeps its last characters, where invoice numbers differ.
     *
     * <p>DATEV's field table gives the expression {@code [\w$%\-\/]{0,36}} and, in its text, the
     * special characters {@code $ & % * + - /} while forbidding spaces, umlauts, dots, commas,
     * semicolons and colons. The two disagree on {@code _ & * +}; the writer keeps only characters
     * that both allow, so the value passes either check.
     */
    String belegfeld(String reference, String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String spelled = value.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        StringBuilder allowed = new StringBuilder(spelled.length());
        spelled.chars().filter(FieldSanitizer::isBelegfeldCharacter).forEach(c -> allowed.append((char) c));
        String written = allowed.length() > maxLength
                ? allowed.substring(allowed.length() - maxLength)
                : allowed.toString();

        if (!written.equals(value)) {
            notice(Kind.BELEGFELD_CLEANED, reference, field, value, written,
                    "„" + value + "“ enthält Zeichen, die DATEV nicht erlaubt, oder ist länger als "
                            + maxLength + " Zeichen; geschrieben als „" + written + "“.",
                    "\"" + value + "\" has characters DATEV does not allow or is longer than "
                            + maxLength + " characters; written as \"" + written + "\".");
        }
        return written;
    }

    /** Reports that a value was left out of the file and why. */
    void removed(Kind kind, String reference, String field, String original, String german, String english) {
        notice(kind, reference, field, original, "", german, english);
    }

    /** Records a notice whose messages start with the reference and the field. */
    private void notice(Kind kind, String reference, String field, String original, String written,
            String german, String english) {
        String prefix = reference + ", " + field + ": ";
        notices.add(new ExportNotice(kind, reference, field, original, written, prefix + german, prefix + english));
    }

    private static boolean isBelegfeldCharacter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '$' || c == '%' || c == '-' || c == '/';
    }

    private String replaceControlCharacters(String reference, String field, String value) {
        StringBuilder written = new StringBuilder(value.length());
        value.codePoints().forEach(c -> written.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String result = written.toString();
        if (!result.equals(value)) {
            notice(Kind.CONTROL_CHARACTER_REPLACED, reference, field, value, result,
                    "Zeilenumbrüche und Steuerzeichen durch Leerzeichen ersetzt, weil DATEV sie in"
                            + " Textfeldern nicht erlaubt.",
                    "line breaks and control characters replaced by spaces, because DATEV does not"
                            + " allow them in text fields.");
        }
        return result;
    }

    private String encodable(String reference, String field, String value) {
        if (encoder.canEncode(value)) {
            return value;
        }
        StringBuilder written = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            if (encoder.canEncode(character)) {
                written.append(character);
                return;
            }
            if (policy == UnencodableCharacters.REJECT) {
                throw new DatevExportException(
                        reference + ", " + field + ": Das Zeichen „" + character + "“ (U+" + hex(c)
                                + ") ist in Windows-1252 nicht darstellbar. Bitte den Text ändern.",
                        reference + ", " + field + ": the character \"" + character + "\" (U+" + hex(c)
                                + ") has no Windows-1252 form. Change the text.");
            }
            String folded = fold(character);
            written.append(folded);
            notice(Kind.CHARACTER_REPLACED, reference, field, character, folded,
                    "Zeichen „" + character + "“ (U+" + hex(c) + ") ist in Windows-1252 nicht"
                            + " darstellbar und wurde durch „" + folded + "“ ersetzt.",
                    "character \"" + character + "\" (U+" + hex(c) + ") has no Windows-1252 form"
                            + " and was replaced by \"" + folded + "\".");
        });
        return written.toString();
    }

    /** Folds a character to a Windows-1252 form: base letter, compatibility form, or the placeholder. */
    private String fold(String character) {
        String decomposed = Normalizer.normalize(character, Normalizer.Form.NFKD);
        String base = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return !base.isEmpty() && encoder.canEncode(base) ? base : PLACEHOLDER;
    }

    private String shorten(String reference, String field, String value, int maxLength) {
        if (value.length() <= maxLength) {
            return value;
        }
        String written = value.substring(0, maxLength).stripTrailing();
        notice(Kind.TEXT_SHORTENED, reference, field, value, written,
                "Text mit " + value.length() + " Zeichen auf die erlaubten " + maxLength + " Zeichen gekürzt.",
                "text of " + value.length() + " characters shortened to the allowed " + maxLength + " characters.");
        return written;
    }

    private static String hex(int codePoint) {
        return String.format("%04X", codePoint);
    }
}
