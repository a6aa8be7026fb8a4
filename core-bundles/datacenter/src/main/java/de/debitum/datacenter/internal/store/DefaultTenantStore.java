package de.debitum.datacenter.internal.store;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.Tenant;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.TenantStore;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** Tenants in the {@code tenant} table. */
@Component(service = TenantStore.class)
public class DefaultTenantStore implements TenantStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultTenantStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Tenant create(TenantId id, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("Invalid tenant name '" + name + "': use 1 to 200 characters.");
        }
        return persistence.database().inTransaction(session -> {
            TenantEntity existing = session.find(TenantEntity.class, id.value());
            if (existing != null) {
                return toTenant(existing);
            }
            TenantEntity tenant = new TenantEntity();
            tenant.id = id.value();
            tenant.name = name;
            tenant.createdAt = persistence.database().clock().instant();
            session.persist(tenant);
            return toTenant(tenant);
        });
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return persistence.database().read(session ->
                Optional.ofNullable(session.find(TenantEntity.class, id.value())).map(DefaultTenantStore::toTenant));
    }

    @Override
    public List<Tenant> list() {
        return persistence.database().read(session ->
                session.createSelectionQuery("from TenantEntity order by id", TenantEntity.class).getResultList()
                        .stream().map(DefaultTenantStore::toTenant).toList());
    }

    private static Tenant toTenant(TenantEntity entity) {
        return new Tenant(TenantId.of(entity.id), entity.name, entity.createdAt);
    }
}
