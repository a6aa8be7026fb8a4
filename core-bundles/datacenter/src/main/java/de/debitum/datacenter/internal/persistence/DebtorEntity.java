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

/** Row of {@code debtor}. */
@Entity
@Table(name = "debtor")
public class DebtorEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_seq")
    @SequenceGenerator(name = "debtor_seq", sequenceName = "debtor_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String source;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "customer_number")
    public String customerNumber;
    public String name;
    @Column(name = "address_line1")
    public String addressLine1;
    @Column(name = "address_line2")
    public String addressLine2;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    @Column(name = "country_code")
    public String countryCode;
    public String email;
    public String language;
    public boolean consumer;
    @Column(name = "vat_id")
    public String vatId;
    @Column(name = "buyer_reference")
    public String buyerReference;
    /** IBANs the source delivered, separated by spaces; all IBANs seen are in debtor_iban. */
    @Column(name = "source_ibans")
    public String sourceIbans;
    @Column(name = "dunning_block_reason")
    public String dunningBlockReason;
    @Column(name = "dunning_block_until")
    public LocalDate dunningBlockUntil;
    @Column(name = "blocked_until")
    public LocalDate blockedUntil;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
