package de.debitum.datacenter.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code document_original}: the unchanged bytes of a document's file. */
@Entity
@Table(name = "document_original")
public class DocumentOriginalEntity {
    @Id
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "tenant_id")
    public String tenantId;
    public byte[] content;
}
