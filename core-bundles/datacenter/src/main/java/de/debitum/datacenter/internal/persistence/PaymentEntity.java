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

/** Row of {@code payment}. */
@Entity
@Table(name = "payment")
public class PaymentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String source;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "account_iban")
    public String accountIban;
    @Column(name = "booking_date")
    public LocalDate bookingDate;
    @Column(name = "value_date")
    public LocalDate valueDate;
    public BigDecimal amount;
    public String currency;
    @Column(name = "counterparty_name")
    public String counterpartyName;
    @Column(name = "counterparty_iban")
    public String counterpartyIban;
    @Column(name = "counterparty_bic")
    public String counterpartyBic;
    @Column(name = "remittance_text")
    public String remittanceText;
    @Column(name = "end_to_end_id")
    public String endToEndId;
    @Column(name = "creditor_reference")
    public String creditorReference;
    @Column(name = "mandate_reference")
    public String mandateReference;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "fee_amount")
    public BigDecimal feeAmount;
    @Column(name = "fee_currency")
    public String feeCurrency;
    @Column(name = "batch_id")
    public String batchId;
    public boolean reversal;
    /** Hash of the fields that identify the same transaction across sources. */
    public String fingerprint;
    @Column(name = "duplicate_of")
    public Long duplicateOf;
    /** Set when a user reversed the duplicate decision; ingestion does not mark it again. */
    @Column(name = "duplicate_undone")
    public boolean duplicateUndone;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
