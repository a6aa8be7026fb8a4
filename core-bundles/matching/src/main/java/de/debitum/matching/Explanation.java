package de.debitum.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why the engine proposes an allocation: the rule, the evidence it used and its confidence.
 *
 * @param rule       the rule's name, such as {@code reference-exact-amount}; stored with the
 *                   allocation as its origin
 * @param confidence from 0 to 1
 * @param summaryDe  the rule's conclusion in German
 * @param summaryEn  the same in English
 */
public record Explanation(String rule, BigDecimal confidence, String summaryDe, String summaryEn,
                          List<Evidence> evidence) {

    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(confidence, "confidence");
        evidence = List.copyOf(evidence);
    }

    /** Returns the conclusion and every piece of evidence as German text for users. */
    public String german() {
        return summaryDe + " (Sicherheit " + percent() + " %). "
                + evidence.stream().map(Evidence::german).collect(Collectors.joining(" "));
    }

    /** Returns the conclusion and every piece of evidence in English. */
    public String english() {
        return summaryEn + " (confidence " + percent() + " %). "
                + evidence.stream().map(Evidence::english).collect(Collectors.joining(" "));
    }

    private String percent() {
        return confidence.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
