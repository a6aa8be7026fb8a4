package de.debitum.datacenter.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code dunning_block}: a block of a debtor or of one document. */
@Entity
@Table(name = "dunning_block")
public class DunningBlockEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_block_seq")
    @SequenceGenerator(name = "dunning_block_seq", sequenceName = "dunning_block_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "debtor_id")
    public long debtorId;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "block_kind")
    public String kind;
    public String reason;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "lifted_by")
    public String liftedBy;
    @Column(name = "lifted_at")
    public Instant liftedAt;
}
