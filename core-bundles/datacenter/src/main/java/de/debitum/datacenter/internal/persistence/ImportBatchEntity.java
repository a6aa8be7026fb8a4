package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import de.debitum.api.ingest.FileRejection;

/** Row of {@code import_batch}: the counts of one ingested batch. */
@Entity
@Table(name = "import_batch")
public class ImportBatchEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    @SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String source;
    @Column(name = "instance_id")
    public String instanceId;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public int received;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    public int duplicates;
    /** Records stored with at least one flag or reader warning. */
    public int warned;
    /** The file the connector rejected as a whole; null, like the two reasons, for a batch of records. */
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "file_rejection_de")
    public String fileRejectionDe;
    @Column(name = "file_rejection_en")
    public String fileRejectionEn;

    /** Returns the file rejection this batch records, or {@code null} for a batch of records. */
    public FileRejection fileRejection() {
        return fileName == null ? null : new FileRejection(fileName, fileRejectionDe, fileRejectionEn);
    }
}
