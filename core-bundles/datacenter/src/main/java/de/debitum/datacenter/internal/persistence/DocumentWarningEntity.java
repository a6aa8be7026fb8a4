package de.debitum.datacenter.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code document_warning}: something the source's reader noticed in a document and imported anyway. */
@Entity
@Table(name = "document_warning")
public class DocumentWarningEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_warning_seq")
    @SequenceGenerator(name = "document_warning_seq", sequenceName = "document_warning_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_id")
    public long documentId;
    public String code;
    @Column(name = "message_de")
    public String messageDe;
    @Column(name = "message_en")
    public String messageEn;
}
