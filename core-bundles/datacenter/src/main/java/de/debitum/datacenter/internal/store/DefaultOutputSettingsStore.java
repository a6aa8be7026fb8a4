package de.debitum.datacenter.internal.store;

import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutputSettingsStore;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.OutputSettingEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** Delivery channel settings in {@code output_setting}, one row per value. */
@Component(service = OutputSettingsStore.class)
public class DefaultOutputSettingsStore implements OutputSettingsStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultOutputSettingsStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Map<String, String> load(TenantId tenant, OutboxChannel channel) {
        return persistence.database().read(session -> {
            Map<String, String> settings = new TreeMap<>();
            session.createSelectionQuery("from OutputSettingEntity where tenantId = :tenant and channel = :channel",
                            OutputSettingEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("channel", channel.name())
                    .getResultList()
                    .forEach(row -> settings.put(row.settingKey, row.settingValue));
            return settings;
        });
    }

    @Override
    public void save(TenantId tenant, OutboxChannel channel, Map<String, String> settings) {
        settings.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > 63) {
                throw new IllegalArgumentException("Invalid setting name '" + key + "': use 1 to 63 characters.");
            }
            if (value == null || value.length() > 2000) {
                throw new IllegalArgumentException("Invalid value of setting '" + key
                        + "': it is missing or longer than 2000 characters.");
            }
        });
        persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new NotFoundException("Tenant '" + tenant + "' not found. Create the tenant first.");
            }
            session.createMutationQuery("delete from OutputSettingEntity where tenantId = :tenant and channel = :channel")
                    .setParameter("tenant", tenant.value())
                    .setParameter("channel", channel.name())
                    .executeUpdate();
            settings.forEach((key, value) -> {
                OutputSettingEntity row = new OutputSettingEntity();
                row.tenantId = tenant.value();
                row.channel = channel.name();
                row.settingKey = key;
                row.settingValue = value;
                session.persist(row);
            });
            return null;
        });
    }
}
