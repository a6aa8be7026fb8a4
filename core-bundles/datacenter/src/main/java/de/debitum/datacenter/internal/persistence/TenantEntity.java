package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code tenant}. */
@Entity
@Table(name = "tenant")
public class TenantEntity {
    @Id
    public String id;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
}
