package de.debitum.api.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifier of a tenant (one company using the hub), such as {@code acme-gmbh}. */
public record TenantId(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid tenant id '" + value
                    + "': use 1 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
