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

/** Row of {@code dunning_notice_item}: one document on a notice with its charges. */
@Entity
@Table(name = "dunning_notice_item")
public class DunningNoticeItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_notice_item_seq")
    @SequenceGenerator(name = "dunning_notice_item_seq", sequenceName = "dunning_notice_item_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "notice_id")
    public long noticeId;
    @Column(name = "document_id")
    public long documentId;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "issue_date")
    public LocalDate issueDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "level_number")
    public int levelNumber;
    @Column(name = "level_kind")
    public String levelKind;
    public String currency;
    @Column(name = "open_amount")
    public BigDecimal openAmount;
    public BigDecimal fee;
    @Column(name = "flat_fee")
    public BigDecimal flatFee;
    public BigDecimal interest;
    @Column(name = "interest_from")
    public LocalDate interestFrom;
    @Column(name = "interest_days")
    public int interestDays;
    public String note;
}
