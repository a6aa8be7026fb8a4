package de.debitum.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Tenant;
import de.debitum.api.model.TenantId;

/** Tenants of the hub. */
@ProviderType
public interface TenantStore {

    /** Creates a tenant, or returns the existing one with that id unchanged. */
    Tenant create(TenantId id, String name);

    Optional<Tenant> find(TenantId id);

    List<Tenant> list();
}
