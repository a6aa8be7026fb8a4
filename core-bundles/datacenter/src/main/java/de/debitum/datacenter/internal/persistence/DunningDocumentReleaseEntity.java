package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code dunning_document_release}: a person confirmed an unsafe-source document for dunning. */
@Entity
@Table(name = "dunning_document_release")
public class DunningDocumentReleaseEntity {
    @Id
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "confirmed_by")
    public String confirmedBy;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
