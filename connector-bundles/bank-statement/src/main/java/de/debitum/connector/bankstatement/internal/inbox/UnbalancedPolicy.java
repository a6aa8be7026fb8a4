package de.debitum.connector.bankstatement.internal.inbox;

import java.util.Arrays;
import java.util.List;

/**
 * The handling of a file with a statement that does not balance, or whose balances are missing
 * so that it cannot be checked: the value of the configuration field {@code unbalanced}.
 */
public enum UnbalancedPolicy {
    /** The whole file goes to {@code .error} with a reason file, and nothing of it is imported. */
    HOLD("hold"),
    /** The statement is imported, a warning is logged and it adds no coverage period. */
    IMPORT("import");

    private final String value;

    UnbalancedPolicy(String value) {
        this.value = value;
    }

    /** Returns the value as the configuration stores it. */
    public String value() {
        return value;
    }

    /** Lists the configuration values of all policies. */
    public static List<String> choices() {
        return Arrays.stream(values()).map(UnbalancedPolicy::value).toList();
    }

    /** Returns the policy for a configuration value, which the host has already checked against the choices. */
    public static UnbalancedPolicy of(String value) {
        for (UnbalancedPolicy policy : values()) {
            if (policy.value.equals(value)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("Invalid value '" + value + "' of field unbalanced: expected hold or import.");
    }
}
