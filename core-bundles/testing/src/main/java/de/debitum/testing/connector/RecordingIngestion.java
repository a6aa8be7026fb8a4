package de.debitum.testing.connector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/**
 * An in-memory ingestion service for connector unit tests that have no datacenter: it keeps every
 * batch and the last checkpoint per instance, and reports each record as created.
 *
 * <p>NOTE: it neither validates records nor detects records delivered twice, as the datacenter
 * does. Tests of those rules run against the real datacenter or in the distribution.
 */
public final class RecordingIngestion implements IngestionService {

    private final List<IngestionBatch> batches = new CopyOnWriteArrayList<>();
    private final Map<String, Checkpoint> checkpoints = new ConcurrentHashMap<>();
    private final List<FileRejection> fileRejections = new CopyOnWriteArrayList<>();
    private final Map<String, Optional<FileRejection>> lastFileRejections = new ConcurrentHashMap<>();
    private final AtomicLong batchIds = new AtomicLong();

    @Override
    public ImportReport ingest(IngestionBatch batch) {
        batches.add(batch);
        batch.checkpoint().ifPresent(checkpoint -> checkpoints.put(key(batch.tenant(), batch.instanceId()), checkpoint));
        lastFileRejections.put(key(batch.tenant(), batch.instanceId()), Optional.empty());
        int received = batch.records().size();
        return new ImportReport(batchIds.incrementAndGet(), batch.source(), batch.instanceId(), received, received, 0, 0,
                List.of(), List.of());
    }

    @Override
    public Optional<Checkpoint> checkpoint(TenantId tenant, String instanceId) {
        return Optional.ofNullable(checkpoints.get(key(tenant, instanceId)));
    }

    @Override
    public ImportReport rejectFile(TenantId tenant, String instanceId, String source, FileRejection rejection) {
        fileRejections.add(rejection);
        lastFileRejections.put(key(tenant, instanceId), Optional.of(rejection));
        return new ImportReport(batchIds.incrementAndGet(), source, instanceId, 0, 0, 0, 0, List.of(), List.of(),
                List.of(), rejection);
    }

    @Override
    public Optional<FileRejection> lastFileRejection(TenantId tenant, String instanceId) {
        return lastFileRejections.getOrDefault(key(tenant, instanceId), Optional.empty());
    }

    /** Returns every file rejection received so far, in order. */
    public List<FileRejection> fileRejections() {
        return List.copyOf(fileRejections);
    }

    /** Returns every batch received so far, in order. */
    public List<IngestionBatch> batches() {
        return List.copyOf(batches);
    }

    /** Returns the records of every batch received so far, in order. */
    public List<CanonicalRecord> records() {
        return batches.stream().flatMap(batch -> batch.records().stream()).toList();
    }

    private static String key(TenantId tenant, String instanceId) {
        return tenant.value() + '/' + instanceId;
    }
}
