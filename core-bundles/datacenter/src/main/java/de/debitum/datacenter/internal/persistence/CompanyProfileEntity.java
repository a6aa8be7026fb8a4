package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code company_profile}; the managing directors are stored one per line. */
@Entity
@Table(name = "company_profile")
public class CompanyProfileEntity {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "company_name")
    public String companyName;
    public String street;
    public String postcode;
    public String city;
    @Column(name = "country_code")
    public String countryCode;
    public String email;
    public String phone;
    public String iban;
    public String bic;
    @Column(name = "bank_name")
    public String bankName;
    @Column(name = "vat_id")
    public String vatId;
    @Column(name = "register_court")
    public String registerCourt;
    @Column(name = "register_number")
    public String registerNumber;
    @Column(name = "managing_directors")
    public String managingDirectors;
    @Column(name = "accent_colour")
    public String accentColour;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
