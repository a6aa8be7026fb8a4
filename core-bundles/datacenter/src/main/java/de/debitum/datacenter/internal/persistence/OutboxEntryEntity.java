package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code outbox_entry}: one delivery of a document on one channel to one recipient. */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_entry_seq")
    @SequenceGenerator(name = "outbox_entry_seq", sequenceName = "outbox_entry_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_key")
    public String documentKey;
    public String channel;
    public String recipient;
    public String kind;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "message_id")
    public String messageId;
    @Column(name = "run_key")
    public String runKey;
    @Column(name = "debtor_id")
    public Long debtorId;
    @Column(name = "document_id")
    public Long documentId;
    public String language;
    public String subject;
    public String body;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "pdf_size")
    public int pdfSize;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
}
