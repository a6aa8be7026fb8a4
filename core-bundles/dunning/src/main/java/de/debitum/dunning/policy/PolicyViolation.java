package de.debitum.dunning.policy;

import java.util.Objects;

/**
 * One problem in a dunning policy.
 *
 * @param field     path of the field, e.g. {@code levels[1].fee} or {@code thresholds.graceDays}
 * @param severity  whether the policy can still be used
 * @param messageDe the message for the user in German, naming the field and a valid value
 * @param messageEn the same message in English
 */
public record PolicyViolation(String field, Severity severity, String messageDe, String messageEn) {

    public PolicyViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
