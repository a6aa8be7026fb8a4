package de.debitum.datacenter.internal.store;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.ConnectorInstanceEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** Connector instances in {@code connector_instance}; ids are unique across tenants. */
@Component(service = ConnectorInstanceStore.class)
public class DefaultConnectorInstanceStore implements ConnectorInstanceStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultConnectorInstanceStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public List<ConnectorInstance> listAll() {
        return persistence.database().read(session -> session
                .createSelectionQuery("from ConnectorInstanceEntity order by tenantId, id", ConnectorInstanceEntity.class)
                .getResultList().stream().map(DefaultConnectorInstanceStore::toInstance).toList());
    }

    @Override
    public List<ConnectorInstance> list(TenantId tenant) {
        return persistence.database().read(session -> session
                .createSelectionQuery("from ConnectorInstanceEntity where tenantId = :tenant order by id",
                        ConnectorInstanceEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(DefaultConnectorInstanceStore::toInstance).toList());
    }

    @Override
    public Optional<ConnectorInstance> find(TenantId tenant, String instanceId) {
        return persistence.database().read(session -> Optional
                .ofNullable(session.find(ConnectorInstanceEntity.class, instanceId))
                .filter(entity -> entity.tenantId.equals(tenant.value()))
                .map(DefaultConnectorInstanceStore::toInstance));
    }

    /**
     * Saves the instance.
     *
     * @throws NotFoundException when the tenant does not exist
     * @throws IllegalArgumentException when another tenant already uses the instance id
     */
    @Override
    public void save(ConnectorInstance instance) {
        persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, instance.tenant().value()) == null) {
                throw new NotFoundException("Tenant '" + instance.tenant() + "' not found. Create the tenant first.");
            }
            ConnectorInstanceEntity entity = session.find(ConnectorInstanceEntity.class, instance.id());
            boolean created = entity == null;
            if (created) {
                entity = new ConnectorInstanceEntity();
                entity.id = instance.id();
                entity.tenantId = instance.tenant().value();
            } else if (!entity.tenantId.equals(instance.tenant().value())) {
                throw new IllegalArgumentException("Connector instance id '" + instance.id()
                        + "' is taken by another tenant. Choose another id.");
            }
            entity.typeId = instance.typeId();
            entity.enabled = instance.enabled();
            entity.updatedAt = persistence.database().clock().instant();
            entity.configuration.clear();
            entity.configuration.putAll(instance.configuration());
            if (created) {
                session.persist(entity);
            }
            return null;
        });
    }

    @Override
    public boolean delete(TenantId tenant, String instanceId) {
        return persistence.database().inTransaction(session -> {
            ConnectorInstanceEntity entity = session.find(ConnectorInstanceEntity.class, instanceId);
            if (entity == null || !entity.tenantId.equals(tenant.value())) {
                return false;
            }
            session.remove(entity);
            return true;
        });
    }

    private static ConnectorInstance toInstance(ConnectorInstanceEntity entity) {
        return new ConnectorInstance(entity.id, TenantId.of(entity.tenantId), entity.typeId,
                new HashMap<>(entity.configuration), entity.enabled);
    }
}
