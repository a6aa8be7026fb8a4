package de.debitum.rest.internal.http;

/** Who may call a route. Routes with a {@code {t}} segment also check the tenant. */
public enum Access {
    /** Anyone, without a token. */
    PUBLIC,
    /** Any caller with a valid token. */
    AUTHENTICATED,
    /** Operators only. */
    OPERATOR,
    /** Every role with access to the tenant in the path. */
    TENANT_READ,
    /** Operators and the tenant admins of the tenant in the path. */
    TENANT_ADMIN
}
