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

    /** Returns the tenant's letterhead logo, empty when none was uploaded. */
    Optional<CompanyLogo> logo(TenantId tenant);

    /**
     * Creates or replaces the tenant's logo after {@link CompanyLogo#checkImage} accepted the file.
     *
     * @throws IllegalArgumentException when the file is not a PNG or JPEG image of a valid size
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    CompanyLogo saveLogo(TenantId tenant, byte[] file, String actor);

    /** Deletes the tenant's logo; returns false when there was none. */
    boolean deleteLogo(TenantId tenant);
}
