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

/** Row of {@code ledger_booking}. */
@Entity
@Table(name = "ledger_booking")
public class LedgerBookingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_booking_seq")
    @SequenceGenerator(name = "ledger_booking_seq", sequenceName = "ledger_booking_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "event_id")
    public long eventId;
    @Column(name = "booking_date")
    public LocalDate bookingDate;
    public String period;
    @Column(name = "debit_account")
    public int debitAccount;
    @Column(name = "credit_account")
    public int creditAccount;
    public BigDecimal amount;
    public String currency;
    @Column(name = "tax_key")
    public String taxKey;
    public String belegfeld1;
    @Column(name = "booking_text")
    public String text;
    @Column(name = "debtor_account")
    public Integer debtorAccount;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "correction_of")
    public Long correctionOf;
    public boolean generalumkehr;
    @Column(name = "created_at")
    public Instant createdAt;
}
