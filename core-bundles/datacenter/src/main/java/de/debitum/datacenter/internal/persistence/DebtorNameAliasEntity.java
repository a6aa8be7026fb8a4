package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code debtor_name_alias}: a payer name that a person confirmed for a debtor. */
@Entity
@Table(name = "debtor_name_alias")
public class DebtorNameAliasEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_name_alias_seq")
    @SequenceGenerator(name = "debtor_name_alias_seq", sequenceName = "debtor_name_alias_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "debtor_id")
    public long debtorId;
    public String name;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
