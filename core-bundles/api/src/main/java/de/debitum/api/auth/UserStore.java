package de.debitum.api.auth;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Users of the HTTP API and the UI. */
@ProviderType
public interface UserStore {

    /**
     * Stores a new user.
     *
     * @throws IllegalStateException when the name is taken
     * @throws de.debitum.api.store.NotFoundException when the user's tenant does not exist
     */
    UserAccount create(UserAccount user);

    Optional<UserAccount> find(String name);

    /** Lists the users of a tenant ordered by name, {@code limit} at most 1000. */
    List<UserAccount> list(TenantId tenant, int offset, int limit);

    long count(TenantId tenant);

    /** Counts every user of the hub, operators included. */
    long countAll();

    /** Enables or disables a user of the tenant; returns the changed user, or empty when the tenant has no such user. */
    Optional<UserAccount> setEnabled(TenantId tenant, String name, boolean enabled);
}
