package de.debitum.matching.internal.service;

import java.util.ArrayList;
import java.util.List;

import de.debitum.api.store.MatchReviewStore;
import de.debitum.matching.Evidence;
import de.debitum.matching.Explanation;

/**
 * Writes an {@link Explanation} as the JSON object the store keeps with allocations and
 * suggestions: {@code rule}, {@code confidence}, {@code summaryDe}, {@code summaryEn},
 * {@code german}, {@code english} (the full sentences for users) and {@code evidence}, a list of
 * objects with {@code kind}, {@code value}, {@code german} and {@code english}.
 */
final class ExplanationJson {

    private ExplanationJson() {
    }

    /**
     * Returns the explanation as JSON of at most {@link MatchReviewStore#MAX_EXPLANATION}
     * characters. When the evidence does not fit, the last pieces are left out and
     * {@code "truncated": true} is set.
     */
    static String write(Explanation explanation) {
        List<Evidence> evidence = new ArrayList<>(explanation.evidence());
        String json = write(explanation, evidence, false);
        while (json.length() > MatchReviewStore.MAX_EXPLANATION && !evidence.isEmpty()) {
            evidence.remove(evidence.size() - 1);
            json = write(explanation, evidence, true);
        }
        if (json.length() > MatchReviewStore.MAX_EXPLANATION) {
            // Only summaries of thousands of characters get here; the engine writes short ones.
            json = "{\"rule\":" + quote(explanation.rule()) + ",\"confidence\":"
                    + explanation.confidence().toPlainString() + ",\"evidence\":[],\"truncated\":true}";
        }
        return json;
    }

    private static String write(Explanation explanation, List<Evidence> evidence, boolean truncated) {
        Explanation shown = new Explanation(explanation.rule(), explanation.confidence(), explanation.summaryDe(),
                explanation.summaryEn(), evidence);
        StringBuilder json = new StringBuilder(512);
        json.append("{\"rule\":").append(quote(explanation.rule()))
                .append(",\"confidence\":").append(explanation.confidence().toPlainString())
                .append(",\"summaryDe\":").append(quote(explanation.summaryDe()))
                .append(",\"summaryEn\":").append(quote(explanation.summaryEn()))
                .append(",\"german\":").append(quote(shown.german()))
                .append(",\"english\":").append(quote(shown.english()))
                .append(",\"evidence\":[");
        for (int i = 0; i < evidence.size(); i++) {
            Evidence piece = evidence.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"kind\":").append(quote(piece.kind()))
                    .append(",\"value\":").append(quote(piece.value()))
                    .append(",\"german\":").append(quote(piece.german()))
                    .append(",\"english\":").append(quote(piece.english()))
                    .append('}');
        }
        json.append(']');
        if (truncated) {
            json.append(",\"truncated\":true");
        }
        return json.append('}').toString();
    }

    /** Returns the text as a JSON string literal, or {@code null}. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
