package de.debitum.datacenter.internal.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.DuplicateNotice;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.ImportWarning;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.PaymentData;
import de.debitum.datacenter.internal.persistence.CheckpointEntity;
import de.debitum.datacenter.internal.persistence.ImportBatchEntity;
import de.debitum.datacenter.internal.persistence.ImportIssueEntity;
import de.debitum.datacenter.internal.persistence.SourceCoverageEntity;

/**
 * Stores one batch inside one transaction: records in chunks (debtors first, so that documents
 * find them), then coverage, checkpoint and the batch's counts. The session is flushed and
 * cleared after each chunk, so memory does not grow with the batch size beyond one id per
 * debtor.
 */
final class BatchRun {

    static final int CHUNK_SIZE = 500;

    private final Session session;
    private final IngestionBatch batch;
    private final String tenantId;
    private final Instant now;
    private final RecordListener listener;
    private final String actor;
    private final Map<String, Long> debtorIds = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<DuplicateNotice> duplicates = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int warned;
    private long batchId;
    private int created;
    private int updated;
    private int unchanged;
    private LocalDate firstIssueDate;
    private LocalDate lastIssueDate;

    BatchRun(Session session, IngestionBatch batch, Instant now, RecordListener listener) {
        this.session = session;
        this.batch = batch;
        this.tenantId = batch.tenant().value();
        this.now = now;
        this.listener = listener;
        this.actor = "connector:" + batch.instanceId();
    }

    ImportReport run() {
        ImportBatchEntity batchRow = new ImportBatchEntity();
        batchRow.tenantId = tenantId;
        batchRow.source = batch.source();
        batchRow.instanceId = batch.instanceId();
        batchRow.startedAt = now;
        batchRow.finishedAt = now;
        session.persist(batchRow);
        batchId = batchRow.id;

        List<CanonicalRecord> ordered = new ArrayList<>(batch.records());
        ordered.sort(Comparator.comparingInt(BatchRun::order));
        RecordWriter writer = new RecordWriter(session, tenantId, batch.source(), now, actor, debtorIds);
        int index = 0;
        for (int start = 0; start < ordered.size(); start += CHUNK_SIZE) {
            List<CanonicalRecord> chunk = ordered.subList(start, Math.min(ordered.size(), start + CHUNK_SIZE));
            Prefetch prefetch = Prefetch.load(session, tenantId, batch.source(), chunk);
            for (CanonicalRecord record : chunk) {
                handle(writer, record, prefetch);
                listener.afterRecord(index++, record);
            }
            session.flush();
            session.clear();
        }

        storeCoverage();
        storeCheckpoint();
        return finish();
    }

    private void handle(RecordWriter writer, CanonicalRecord record, Prefetch prefetch) {
        Optional<Rejection> rejection;
        if (record instanceof DebtorData debtor) {
            rejection = RecordValidator.validate(debtor);
        } else if (record instanceof DocumentData document) {
            rejection = RecordValidator.validate(document);
        } else {
            rejection = RecordValidator.validate((PaymentData) record);
        }
        if (rejection.isEmpty()) {
            RecordWriter.Outcome outcome;
            if (record instanceof DebtorData debtor) {
                outcome = writer.write(debtor, prefetch);
            } else if (record instanceof DocumentData delivered) {
                // A document without VAT breakdown is stored, but a person confirms it before dunning.
                DocumentData document = delivered.vatLines().isEmpty()
                        ? delivered.withFlag(DocumentFlag.NO_VAT_BREAKDOWN) : delivered;
                outcome = writer.write(document, prefetch);
                if (!(outcome instanceof RecordWriter.Outcome.Rejected)) {
                    trackIssueDate(document.issueDate());
                }
                if (outcome instanceof RecordWriter.Outcome.Created || outcome instanceof RecordWriter.Outcome.Updated) {
                    warn(document);
                }
            } else {
                outcome = writer.write((PaymentData) record, prefetch);
            }
            count(outcome);
            return;
        }
        reject(rejection.get());
    }

    private void count(RecordWriter.Outcome outcome) {
        if (outcome instanceof RecordWriter.Outcome.Created createdOutcome) {
            created++;
            if (createdOutcome.duplicate() != null) {
                addDuplicate(createdOutcome.duplicate());
            }
        } else if (outcome instanceof RecordWriter.Outcome.Updated) {
            updated++;
        } else if (outcome instanceof RecordWriter.Outcome.Unchanged) {
            unchanged++;
        } else if (outcome instanceof RecordWriter.Outcome.Rejected rejected) {
            reject(rejected.rejection());
        }
    }

    private void reject(Rejection rejection) {
        rejections.add(rejection);
        ImportIssueEntity issue = new ImportIssueEntity();
        issue.tenantId = tenantId;
        issue.batchId = batchId;
        issue.issueType = ImportIssueEntity.REJECTED;
        issue.recordType = rejection.recordType();
        issue.externalId = truncate(rejection.externalId(), 200);
        issue.field = rejection.field();
        issue.value = truncate(rejection.value(), 200);
        issue.rule = truncate(rejection.rule(), 500);
        session.persist(issue);
        // The value stays in the import report only: it may hold personal data.
        AuditLog.append(session, tenantId, now, AuditEventType.REJECTED, rejection.recordType(),
                truncate(rejection.externalId(), 200), null, null, actor,
                "Batch " + batchId + ": field " + rejection.field() + " violates rule: " + rejection.rule());
    }

    /** Lists the flags and reader warnings of a created or changed document in the import report. */
    private void warn(DocumentData document) {
        List<ImportWarning> found = new ArrayList<>();
        for (DocumentFlag flag : document.flags()) {
            found.add(new ImportWarning("document", document.externalId(), flag.name(), flag.reasonDe(), flag.reasonEn()));
        }
        for (DocumentWarning warning : document.warnings()) {
            found.add(new ImportWarning("document", document.externalId(), warning.code(), warning.messageDe(),
                    warning.messageEn()));
        }
        if (found.isEmpty()) {
            return;
        }
        warned++;
        warnings.addAll(found);
        for (ImportWarning warning : found) {
            ImportIssueEntity issue = new ImportIssueEntity();
            issue.tenantId = tenantId;
            issue.batchId = batchId;
            issue.issueType = ImportIssueEntity.WARNING;
            issue.recordType = warning.recordType();
            issue.externalId = truncate(warning.externalId(), 200);
            issue.field = warning.code();
            issue.messageDe = truncate(warning.messageDe(), DocumentWarning.MAX_MESSAGE);
            issue.messageEn = truncate(warning.messageEn(), DocumentWarning.MAX_MESSAGE);
            session.persist(issue);
        }
    }

    private void addDuplicate(DuplicateNotice notice) {
        duplicates.add(notice);
        ImportIssueEntity issue = new ImportIssueEntity();
        issue.tenantId = tenantId;
        issue.batchId = batchId;
        issue.issueType = ImportIssueEntity.DUPLICATE;
        issue.recordType = "payment";
        issue.externalId = notice.externalId();
        issue.paymentId = notice.paymentId();
        issue.originalId = notice.originalId();
        issue.originalSource = notice.originalSource();
        session.persist(issue);
    }

    private void trackIssueDate(LocalDate issueDate) {
        if (firstIssueDate == null || issueDate.isBefore(firstIssueDate)) {
            firstIssueDate = issueDate;
        }
        if (lastIssueDate == null || issueDate.isAfter(lastIssueDate)) {
            lastIssueDate = issueDate;
        }
    }

    private void storeCoverage() {
        List<CoveragePeriod> periods = new ArrayList<>(batch.coverage());
        // Invoices in the batch show that invoice data exists for their issue dates.
        if (firstIssueDate != null) {
            periods.add(new CoveragePeriod(DataKind.INVOICES, firstIssueDate, lastIssueDate));
        }
        for (CoveragePeriod period : periods) {
            SourceCoverageEntity row = new SourceCoverageEntity();
            row.tenantId = tenantId;
            row.source = batch.source();
            row.kind = period.kind().name();
            row.coveredFrom = period.from();
            row.coveredTo = period.to();
            session.persist(row);
        }
    }

    private void storeCheckpoint() {
        if (batch.checkpoint().isEmpty()) {
            return;
        }
        String value = batch.checkpoint().get().value();
        CheckpointEntity.Key key = new CheckpointEntity.Key(tenantId, batch.instanceId());
        CheckpointEntity checkpoint = session.find(CheckpointEntity.class, key);
        if (checkpoint == null) {
            checkpoint = new CheckpointEntity();
            checkpoint.key = key;
            checkpoint.value = value;
            checkpoint.batchId = batchId;
            checkpoint.updatedAt = now;
            session.persist(checkpoint);
        } else {
            checkpoint.value = value;
            checkpoint.batchId = batchId;
            checkpoint.updatedAt = now;
        }
        AuditLog.append(session, tenantId, now, AuditEventType.CHECKPOINT, "checkpoint", batch.instanceId(), null, null,
                actor, "Checkpoint of instance " + batch.instanceId() + " advanced with batch " + batchId);
    }

    private ImportReport finish() {
        ImportBatchEntity batchRow = session.find(ImportBatchEntity.class, batchId);
        batchRow.received = batch.records().size();
        batchRow.created = created;
        batchRow.updated = updated;
        batchRow.unchanged = unchanged;
        batchRow.rejected = rejections.size();
        batchRow.duplicates = duplicates.size();
        batchRow.warned = warned;
        batchRow.finishedAt = now;
        return new ImportReport(batchId, batch.source(), batch.instanceId(), batch.records().size(), created, updated,
                unchanged, rejections, duplicates, warnings);
    }

    private static int order(CanonicalRecord record) {
        if (record instanceof DebtorData) {
            return 0;
        }
        return record instanceof DocumentData ? 1 : 2;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
