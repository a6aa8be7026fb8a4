package de.debitum.api.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import de.debitum.api.model.TenantId;

/**
 * A person who signs in to the HTTP API or the UI.
 *
 * @param name         unique name in the hub, such as {@code anna} or {@code anna@muster.example}
 * @param tenant       the tenant the user works for; null for an operator
 * @param language     {@code de} or {@code en}
 * @param passwordHash the password's hash in modular crypt format, such as {@code $2y$12$...}
 */
public record UserAccount(String name, Role role, TenantId tenant, String language, String passwordHash,
                          boolean enabled, Instant createdAt) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid user name '" + name
                    + "': use 2 to 64 lower-case letters, digits, dots, hyphens, underscores or @.");
        }
        if ((role == Role.OPERATOR) != (tenant == null)) {
            throw new IllegalArgumentException("User '" + name + "': an operator has no tenant, every other role has one.");
        }
        language = "en".equals(language) ? "en" : "de";
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
