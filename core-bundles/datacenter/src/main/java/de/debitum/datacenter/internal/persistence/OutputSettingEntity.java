package de.debitum.datacenter.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code output_setting}: one value of a tenant's delivery channel settings. */
@Entity
@Table(name = "output_setting")
@IdClass(OutputSettingEntity.Key.class)
public class OutputSettingEntity {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String channel;
    @Id
    @Column(name = "setting_key")
    public String settingKey;
    @Column(name = "setting_value")
    public String settingValue;

    /** The primary key: tenant, channel and setting name. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String tenantId;
        public String channel;
        public String settingKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(channel, key.channel) && Objects.equals(settingKey, key.settingKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, channel, settingKey);
        }
    }
}
