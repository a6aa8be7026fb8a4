package de.debitum.api.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Origin of an allocation: a matching rule with its confidence (0 to 1), or a user.
 *
 * @param rule       name of the rule, null when a user made it
 * @param confidence the rule's confidence, null when a user made it
 * @param user       the user's name, null when a rule made it
 */
public record AllocationOrigin(String rule, BigDecimal confidence, String user) {

    public AllocationOrigin {
        if ((rule == null) == (user == null)) {
            throw new IllegalArgumentException("An allocation is made by either a rule or a user, got rule="
                    + rule + " and user=" + user);
        }
        if (rule != null) {
            Objects.requireNonNull(confidence, "confidence");
        }
    }

    public static AllocationOrigin rule(String rule, BigDecimal confidence) {
        return new AllocationOrigin(rule, confidence, null);
    }

    public static AllocationOrigin user(String user) {
        return new AllocationOrigin(null, null, user);
    }
}
