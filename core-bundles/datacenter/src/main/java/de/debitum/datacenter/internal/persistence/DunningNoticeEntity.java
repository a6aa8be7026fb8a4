package de.debitum.datacenter.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code dunning_notice}: one letter to one debtor. */
@Entity
@Table(name = "dunning_notice")
public class DunningNoticeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_notice_seq")
    @SequenceGenerator(name = "dunning_notice_seq", sequenceName = "dunning_notice_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "run_id")
    public long runId;
    @Column(name = "debtor_id")
    public long debtorId;
    @Column(name = "level_number")
    public int levelNumber;
    @Column(name = "level_kind")
    public String levelKind;
    @Column(name = "template_key")
    public String templateKey;
    public String channel;
    @Column(name = "notice_date")
    public LocalDate noticeDate;
    @Column(name = "payment_deadline")
    public LocalDate paymentDeadline;
    public String status;
    @Column(name = "postponed_until")
    public LocalDate postponedUntil;
    public String currency;
    public BigDecimal fee;
    @Column(name = "flat_fees")
    public BigDecimal flatFees;
    public BigDecimal interest;
    @Column(name = "status_changed_by")
    public String statusChangedBy;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    @Column(name = "handed_over_at")
    public Instant handedOverAt;
}
