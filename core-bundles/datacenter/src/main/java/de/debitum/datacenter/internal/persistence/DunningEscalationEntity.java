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

/** Row of {@code dunning_escalation}: a document moved to collections. */
@Entity
@Table(name = "dunning_escalation")
public class DunningEscalationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_escalation_seq")
    @SequenceGenerator(name = "dunning_escalation_seq", sequenceName = "dunning_escalation_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_id")
    public long documentId;
    @Column(name = "debtor_id")
    public long debtorId;
    @Column(name = "run_id")
    public long runId;
    @Column(name = "final_notice_id")
    public long finalNoticeId;
    @Column(name = "escalated_on")
    public LocalDate escalatedOn;
    public String state;
    @Column(name = "created_at")
    public Instant createdAt;
}
