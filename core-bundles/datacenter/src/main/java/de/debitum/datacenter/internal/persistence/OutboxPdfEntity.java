package de.debitum.datacenter.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code outbox_pdf}: the PDF of an outbox entry. */
@Entity
@Table(name = "outbox_pdf")
public class OutboxPdfEntity {
    @Id
    @Column(name = "entry_id")
    public Long entryId;
    @Column(name = "tenant_id")
    public String tenantId;
    public byte[] content;
}
