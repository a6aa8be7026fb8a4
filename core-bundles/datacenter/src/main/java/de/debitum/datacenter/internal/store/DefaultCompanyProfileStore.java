package de.debitum.datacenter.internal.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.company.CompanyLogo;
import de.debitum.api.company.CompanyProfile;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.CompanyLogoEntity;
import de.debitum.datacenter.internal.persistence.CompanyProfileEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/**
 * Company profiles in the {@code company_profile} table and letterhead logos in
 * {@code company_logo}, one row per tenant each.
 */
@Component(service = CompanyProfileStore.class)
public class DefaultCompanyProfileStore implements CompanyProfileStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultCompanyProfileStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<CompanyProfile> find(TenantId tenant) {
        return persistence.database().read(session -> Optional.ofNullable(
                session.find(CompanyProfileEntity.class, tenant.value())).map(DefaultCompanyProfileStore::toProfile));
    }

    @Override
    public CompanyProfile save(TenantId tenant, CompanyProfile profile, String actor) {
        checkActor(actor);
        return persistence.database().inTransaction(session -> {
            requireTenant(session, tenant);
            CompanyProfileEntity row = session.find(CompanyProfileEntity.class, tenant.value());
            boolean created = row == null;
            if (created) {
                row = new CompanyProfileEntity();
                row.tenantId = tenant.value();
            }
            row.companyName = profile.companyName();
            row.street = profile.street();
            row.postcode = profile.postcode();
            row.city = profile.city();
            row.countryCode = profile.countryCode();
            row.email = profile.email();
            row.phone = profile.phone();
            row.iban = profile.iban();
            row.bic = profile.bic();
            row.bankName = profile.bankName();
            row.vatId = profile.vatId();
            row.registerCourt = profile.registerCourt();
            row.registerNumber = profile.registerNumber();
            row.managingDirectors = profile.managingDirectors().isEmpty() ? null
                    : String.join("\n", profile.managingDirectors());
            row.accentColour = profile.accentColour();
            row.updatedBy = actor;
            row.updatedAt = persistence.database().clock().instant();
            if (created) {
                session.persist(row);
            }
            return profile;
        });
    }

    private static CompanyProfile toProfile(CompanyProfileEntity row) {
        List<String> directors = row.managingDirectors == null ? List.of()
                : Arrays.asList(row.managingDirectors.split("\n"));
        return new CompanyProfile(row.companyName, row.street, row.postcode, row.city, row.countryCode, row.email,
                row.phone, row.iban, row.bic, row.bankName, row.vatId, row.registerCourt, row.registerNumber,
                directors, row.accentColour);
    }

    @Override
    public Optional<CompanyLogo> logo(TenantId tenant) {
        return persistence.database().read(session -> Optional.ofNullable(
                session.find(CompanyLogoEntity.class, tenant.value())).map(row -> new CompanyLogo(row.content,
                row.mediaType, row.uploadedBy, row.uploadedAt)));
    }

    @Override
    public CompanyLogo saveLogo(TenantId tenant, byte[] file, String actor) {
        checkActor(actor);
        String mediaType = CompanyLogo.checkImage(file);
        return persistence.database().inTransaction(session -> {
            requireTenant(session, tenant);
            CompanyLogoEntity row = session.find(CompanyLogoEntity.class, tenant.value());
            boolean created = row == null;
            if (created) {
                row = new CompanyLogoEntity();
                row.tenantId = tenant.value();
            }
            row.mediaType = mediaType;
            row.content = file.clone();
            row.uploadedBy = actor;
            row.uploadedAt = persistence.database().clock().instant();
            if (created) {
                session.persist(row);
            }
            return new CompanyLogo(row.content, row.mediaType, row.uploadedBy, row.uploadedAt);
        });
    }

    @Override
    public boolean deleteLogo(TenantId tenant) {
        return persistence.database().inTransaction(session -> {
            CompanyLogoEntity row = session.find(CompanyLogoEntity.class, tenant.value());
            if (row == null) {
                return false;
            }
            session.remove(row);
            return true;
        });
    }

    private static void checkActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("Invalid actor '" + actor + "': name the user who saves the company data.");
        }
    }

    private static void requireTenant(Session session, TenantId tenant) {
        if (session.find(TenantEntity.class, tenant.value()) == null) {
            throw new NotFoundException("Unknown tenant '" + tenant + "': create it before its company data.");
        }
    }
}
