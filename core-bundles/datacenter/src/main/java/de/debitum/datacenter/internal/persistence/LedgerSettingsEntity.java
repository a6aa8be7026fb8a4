package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code ledger_settings}: a tenant's ledger and DATEV settings. */
@Entity
@Table(name = "ledger_settings")
public class LedgerSettingsEntity {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    public String chart;
    @Column(name = "consultant_number")
    public Integer consultantNumber;
    @Column(name = "client_number")
    public Integer clientNumber;
    @Column(name = "fiscal_year_start_month")
    public int fiscalYearStartMonth;
    @Column(name = "account_length")
    public int accountLength;
    @Column(name = "debtor_account_from")
    public int debtorAccountFrom;
    @Column(name = "debtor_account_to")
    public int debtorAccountTo;
    @Column(name = "debtor_account_rule")
    public String debtorAccountRule;
    @Column(name = "return_fee_to_debtor")
    public boolean returnFeeToDebtor;
    @Column(name = "lock_on_import")
    public boolean lockOnImport;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
