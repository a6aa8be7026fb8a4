package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code dunning_settings}: a tenant's dunning policy and automatic-sending switch. */
@Entity
@Table(name = "dunning_settings")
public class DunningSettingsEntity {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "policy_text")
    public String policyText;
    @Column(name = "auto_send")
    public boolean autoSend;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
