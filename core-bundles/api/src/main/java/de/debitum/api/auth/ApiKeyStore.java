package de.debitum.api.auth;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** API keys of the tenants, stored hashed. */
@ProviderType
public interface ApiKeyStore {

    /**
     * Stores a new key; {@code id}, {@code createdAt} and {@code revokedAt} of the argument are
     * ignored.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    ApiKey create(ApiKey key);

    Optional<ApiKey> findByHash(String keyHash);

    Optional<ApiKey> find(long id);

    /** Lists the tenant's keys, revoked ones included, newest first. */
    List<ApiKey> list(TenantId tenant);

    /** Revokes a key of the tenant; returns false when the tenant has no such key. */
    boolean revoke(TenantId tenant, long id);
}
