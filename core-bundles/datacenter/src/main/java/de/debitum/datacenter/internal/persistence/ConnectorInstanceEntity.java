package de.debitum.datacenter.internal.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** Row of {@code connector_instance} with its values in {@code connector_instance_value}. */
@Entity
@Table(name = "connector_instance")
public class ConnectorInstanceEntity {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "type_id")
    public String typeId;
    public boolean enabled;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "connector_instance_value", joinColumns = @JoinColumn(name = "instance_id"))
    @MapKeyColumn(name = "config_key")
    @Column(name = "config_value")
    public Map<String, String> configuration = new HashMap<>();
}
