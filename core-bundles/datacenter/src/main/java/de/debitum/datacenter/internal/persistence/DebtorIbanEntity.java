package de.debitum.datacenter.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code debtor_iban}: one IBAN seen for a debtor. */
@Entity
@Table(name = "debtor_iban")
public class DebtorIbanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_iban_seq")
    @SequenceGenerator(name = "debtor_iban_seq", sequenceName = "debtor_iban_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "debtor_id")
    public long debtorId;
    public String iban;
}
