package de.debitum.datacenter.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code allocation}. */
@Entity
@Table(name = "allocation")
public class AllocationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
    @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_id")
    public long documentId;
    @Column(name = "payment_id")
    public Long paymentId;
    @Column(name = "credit_note_id")
    public Long creditNoteId;
    public String kind;
    public BigDecimal amount;
    public String currency;
    @Column(name = "rule_name")
    public String ruleName;
    public BigDecimal confidence;
    @Column(name = "user_name")
    public String userName;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The engine's explanation as JSON, or null. */
    public String explanation;
    /** The allocation this one undoes, or null. */
    @Column(name = "reverses_id")
    public Long reversesId;
}
