package de.debitum.api.company;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Stores each tenant's company profile; the datacenter bundle provides it. */
@ProviderType
public interface CompanyProfileStore {

    /** Returns the tenant's profile, empty when none was saved. */
    Optional<CompanyProfile> find(TenantId tenant);

    /**
     * Creates or replaces the tenant's profile.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    CompanyProfile save(TenantId tenant, CompanyProfile profile, String actor);
}
