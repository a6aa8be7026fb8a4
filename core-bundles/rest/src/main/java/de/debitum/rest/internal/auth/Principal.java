package de.debitum.rest.internal.auth;

import de.debitum.api.auth.Role;
import de.debitum.api.model.TenantId;

/**
 * The authenticated caller of a request.
 *
 * @param name     user name, or the API key's prefix
 * @param tenant   the tenant it works for; null for an operator
 * @param apiKeyId id of the API key, or null for a user
 */
public record Principal(String name, Role role, TenantId tenant, String language, Long apiKeyId) {

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    /** Returns whether the caller may see the tenant at all. */
    public boolean canSee(TenantId other) {
        return isOperator() || other.equals(tenant);
    }

    /** Returns whether the caller may administer the tenant: operator, or tenant admin of it. */
    public boolean canAdminister(TenantId other) {
        return isOperator() || role == Role.TENANT_ADMIN && other.equals(tenant);
    }
}
