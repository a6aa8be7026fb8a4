package de.debitum.connector.bankstatement.internal.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of an MT940 {@code :86:} field. German banks structure it: a three-digit business
 * transaction code (Geschäftsvorfallcode, GVC), then
 * sub-fields {@code ?nn}: ?00 posting text, ?10 primanota, ?20-?29 and ?60-?63 purpose,
 * ?30 bank code or BIC, ?31 account number or IBAN, ?32-?33 name, ?34 text key extension.
 * The purpose lines are cut at fixed widths, so they are joined without separator; SEPA
 * keywords such as EREF+ or SVWZ+ may be split across two sub-fields and are found afterwards.
 * Other banks write free text, which is kept as it is.
 */
record Mt940Details(
        String transactionCode,
        String postingText,
        String purpose,
        Map<String, String> keywords,
        String name,
        String bankCodeOrBic,
        String accountOrIban,
        String textKeyExtension) {

    private static final Pattern STRUCTURED = Pattern.compile("^\\s*(\\d{3})\\?\\d{2}.*", Pattern.DOTALL);
    private static final Pattern UNSTRUCTURED_CODE = Pattern.compile("^\\s*(\\d{3})(\\D.*)?$", Pattern.DOTALL);
    /** "?" followed by two digits starts a sub-field; a lone "?" is text. */
    private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d{2})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern KEYWORD = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|COAM|OAMT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+");

    static final Mt940Details NONE = new Mt940Details(null, null, null, Map.of(), null, null, null, null);

    static Mt940Details parse(String raw) {
        // Lines wrap at a fixed width, also inside words and sub-field markers: join them as they are.
        String text = raw.replace("\r", "").replace("\n", "");
        Matcher structured = STRUCTURED.matcher(text);
        if (!structured.matches()) {
            Matcher coded = UNSTRUCTURED_CODE.matcher(text);
            if (coded.matches() && coded.group(2) != null) {
                return new Mt940Details(coded.group(1), null, blankToNull(coded.group(2)), Map.of(), null, null, null, null);
            }
            return new Mt940Details(null, null, blankToNull(text), Map.of(), null, null, null, null);
        }

        // Cut into sub-fields by code. A repeated code is appended in file order.
        String body = text.strip();
        String code = body.substring(0, 3);
        Map<Integer, StringBuilder> subfields = new TreeMap<>();
        Matcher marker = SUBFIELD.matcher(body);
        int lastCode = -1;
        int lastStart = -1;
        while (marker.find()) {
            if (lastCode >= 0) {
                subfields.computeIfAbsent(lastCode, k -> new StringBuilder()).append(body, lastStart, marker.start());
            }
            lastCode = Integer.parseInt(marker.group(1));
            lastStart = marker.end();
        }
        if (lastCode >= 0) {
            subfields.computeIfAbsent(lastCode, k -> new StringBuilder()).append(body.substring(lastStart));
        }

        StringBuilder purpose = new StringBuilder();
        for (Map.Entry<Integer, StringBuilder> subfield : subfields.entrySet()) {
            int key = subfield.getKey();
            if ((key >= 20 && key <= 29) || (key >= 60 && key <= 63)) {
                purpose.append(subfield.getValue());
            }
        }
        String name = join(subfields.get(32), subfields.get(33));
        return new Mt940Details(code, get(subfields, 0), blankToNull(purpose.toString()), keywords(purpose.toString()),
                name, get(subfields, 30), get(subfields, 31), get(subfields, 34));
    }

    /** Returns the SEPA keyword values (EREF, MREF, CRED, SVWZ, ...) of the purpose, trimmed. */
    static Map<String, String> keywords(String purpose) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = KEYWORD.matcher(purpose);
        String keyword = null;
        int start = -1;
        while (matcher.find()) {
            if (keyword != null) {
                found.merge(keyword, purpose.substring(start, matcher.start()).strip(), (a, b) -> a + " " + b);
            }
            keyword = matcher.group(1);
            start = matcher.end();
        }
        if (keyword != null) {
            found.merge(keyword, purpose.substring(start).strip(), (a, b) -> a + " " + b);
        }
        found.values().removeIf(String::isEmpty);
        return found;
    }

    /** Returns the Verwendungszweck: the SVWZ+ value, or the whole purpose when it has none. */
    String remittanceText() {
        String text = keywords.get("SVWZ");
        return text != null ? text : purpose;
    }

    private static String get(Map<Integer, StringBuilder> subfields, int key) {
        StringBuilder value = subfields.get(key);
        return value == null ? null : blankToNull(value.toString());
    }

    private static String join(StringBuilder first, StringBuilder second) {
        String joined = (first == null ? "" : first.toString()) + (second == null ? "" : second.toString());
        return blankToNull(WHITESPACE.matcher(joined).replaceAll(" "));
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
