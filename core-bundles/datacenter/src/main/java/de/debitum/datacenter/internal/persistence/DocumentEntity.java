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

/** Row of {@code document}; VAT lines, Skonto tiers and the original file have their own tables. */
@Entity
@Table(name = "document")
public class DocumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "debtor_id")
    public long debtorId;
    public String source;
    @Column(name = "external_id")
    public String externalId;
    /** Name of a {@code DocumentKind} constant. */
    public String kind;
    @Column(name = "document_number")
    public String number;
    @Column(name = "issue_date")
    public LocalDate issueDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "service_from")
    public LocalDate serviceFrom;
    @Column(name = "service_to")
    public LocalDate serviceTo;
    public String currency;
    @Column(name = "net_total")
    public BigDecimal netTotal;
    @Column(name = "tax_total")
    public BigDecimal taxTotal;
    @Column(name = "gross_total")
    public BigDecimal grossTotal;
    @Column(name = "amount_due")
    public BigDecimal amountDue;
    /** Sum of the allocations to the document, kept by native updates of the allocation store; read only here. */
    @Column(name = "allocated", insertable = false, updatable = false)
    public BigDecimal allocated;
    @Column(name = "terms_text")
    public String termsText;
    @Column(name = "order_reference")
    public String orderReference;
    @Column(name = "buyer_reference")
    public String buyerReference;
    @Column(name = "preceding_number")
    public String precedingNumber;
    @Column(name = "original_file_name")
    public String originalFileName;
    @Column(name = "original_media_type")
    public String originalMediaType;
    @Column(name = "original_sha256")
    public String originalSha256;
    @Column(name = "safe_source")
    public boolean safeSource;
    /** Names of {@code DocumentFlag} constants, comma-separated in name order; null for none. */
    public String flags;
    @Column(name = "booked_on")
    public LocalDate bookedOn;
    @Column(name = "blocked_until")
    public LocalDate blockedUntil;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
