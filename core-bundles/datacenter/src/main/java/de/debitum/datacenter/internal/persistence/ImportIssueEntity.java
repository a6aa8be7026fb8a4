package de.debitum.datacenter.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code import_issue}: a rejected record, a duplicate payment or a record stored with a warning, of one batch. */
@Entity
@Table(name = "import_issue")
public class ImportIssueEntity {
    public static final String REJECTED = "REJECTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String WARNING = "WARNING";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_issue_seq")
    @SequenceGenerator(name = "import_issue_seq", sequenceName = "import_issue_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "batch_id")
    public long batchId;
    @Column(name = "issue_type")
    public String issueType;
    @Column(name = "record_type")
    public String recordType;
    @Column(name = "external_id")
    public String externalId;
    public String field;
    @Column(name = "offending_value")
    public String value;
    @Column(name = "rule_text")
    public String rule;
    @Column(name = "payment_id")
    public Long paymentId;
    @Column(name = "original_id")
    public Long originalId;
    @Column(name = "original_source")
    public String originalSource;
    @Column(name = "message_de")
    public String messageDe;
    @Column(name = "message_en")
    public String messageEn;
}
