package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code ledger_export}: one DATEV export of a period. */
@Entity
@Table(name = "ledger_export")
public class LedgerExportEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_export_seq")
    @SequenceGenerator(name = "ledger_export_seq", sequenceName = "ledger_export_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String period;
    @Column(name = "created_at")
    public Instant createdAt;
    public String actor;
    public int bookings;
    @Column(name = "debtor_accounts")
    public int debtorAccounts;
    public int notices;
}
