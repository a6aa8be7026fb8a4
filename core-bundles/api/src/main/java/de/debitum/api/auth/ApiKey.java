package de.debitum.api.auth;

import java.time.Instant;
import java.util.Objects;

import de.debitum.api.model.TenantId;

/**
 * A tenant's key for machine clients. The key itself is shown once at creation; the store keeps
 * its hash.
 *
 * @param prefix    the key's first characters, which identify it in lists
 * @param keyHash   SHA-256 of the key, hex
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiKey(long id, TenantId tenant, String prefix, String label, Role role, String keyHash,
                     Instant createdAt, Instant revokedAt) {

    public ApiKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        if (role == Role.OPERATOR) {
            throw new IllegalArgumentException("An API key belongs to one tenant and cannot have the operator role.");
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
