package de.debitum.datacenter.internal.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code cash_discount}: one Skonto tier of a document's payment terms. */
@Entity
@Table(name = "cash_discount")
public class CashDiscountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cash_discount_seq")
    @SequenceGenerator(name = "cash_discount_seq", sequenceName = "cash_discount_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_id")
    public long documentId;
    public int days;
    @Column(name = "discount_percent")
    public BigDecimal percent;
}
