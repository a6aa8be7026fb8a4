package de.debitum.datacenter.internal.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code document_vat}: one line of a document's VAT breakdown. */
@Entity
@Table(name = "document_vat")
public class DocumentVatEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_vat_seq")
    @SequenceGenerator(name = "document_vat_seq", sequenceName = "document_vat_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_id")
    public long documentId;
    public String category;
    public BigDecimal rate;
    public BigDecimal net;
    public BigDecimal tax;
}
