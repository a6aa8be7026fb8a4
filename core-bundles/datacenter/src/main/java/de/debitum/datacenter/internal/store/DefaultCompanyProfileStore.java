package de.debitum.datacenter.internal.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.CompanyProfileEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** Company profiles in the {@code company_profile} table, one row per tenant. */
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
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("Invalid actor '" + actor + "': name the user who saves the profile.");
        }
        return persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new NotFoundException("Unknown tenant '" + tenant + "': create it before its company profile.");
            }
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
}
