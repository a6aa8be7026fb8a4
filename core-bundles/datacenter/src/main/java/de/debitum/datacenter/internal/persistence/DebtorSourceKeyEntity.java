package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Row of {@code debtor_source_key}: the external id under which another source delivers a debtor
 * that ingestion linked to a stored debtor by customer number.
 */
@Entity
@Table(name = "debtor_source_key")
public class DebtorSourceKeyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_source_key_seq")
    @SequenceGenerator(name = "debtor_source_key_seq", sequenceName = "debtor_source_key_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String source;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "debtor_id")
    public long debtorId;
    @Column(name = "created_at")
    public Instant createdAt;
}
