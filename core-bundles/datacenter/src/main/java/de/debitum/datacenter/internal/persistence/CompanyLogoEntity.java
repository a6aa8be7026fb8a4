package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code company_logo}: the tenant's letterhead logo file. */
@Entity
@Table(name = "company_logo")
public class CompanyLogoEntity {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "media_type")
    public String mediaType;
    public byte[] content;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
