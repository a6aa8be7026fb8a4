package de.debitum.api.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a user or an API key may do. */
public enum Role {
    /** Runs the hub: every tenant, creating tenants, installing bundles. */
    OPERATOR("operator"),
    /** Connectors, users, API keys and settings of one tenant. */
    TENANT_ADMIN("tenant-admin"),
    /** Reads one tenant's data and works its queues. */
    CLERK("clerk");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    /** Returns the name used in JSON and in the database, such as {@code tenant-admin}. */
    public String value() {
        return value;
    }

    public static Optional<Role> fromValue(String value) {
        return Arrays.stream(values()).filter(role -> role.value.equals(value)).findFirst();
    }
}
