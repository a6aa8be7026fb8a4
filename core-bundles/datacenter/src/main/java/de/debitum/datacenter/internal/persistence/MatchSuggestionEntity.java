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

/** Row of {@code match_suggestion}. */
@Entity
@Table(name = "match_suggestion")
public class MatchSuggestionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_suggestion_seq")
    @SequenceGenerator(name = "match_suggestion_seq", sequenceName = "match_suggestion_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "payment_id")
    public long paymentId;
    @Column(name = "debtor_id")
    public Long debtorId;
    @Column(name = "suggestion_rank")
    public int rank;
    public BigDecimal score;
    @Column(name = "rule_name")
    public String ruleName;
    @Column(name = "document_key")
    public String documentKey;
    public String explanation;
    public String state;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "created_at")
    public Instant createdAt;
}
