package de.debitum.datacenter.internal.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.Session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportListener;
import de.debitum.api.ingest.ImportHistory;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.CheckpointEntity;
import de.debitum.datacenter.internal.persistence.Database;
import de.debitum.datacenter.internal.persistence.ImportBatchEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** Stores connector batches: one transaction per batch, checkpoint included. */
@Component(service = IngestionService.class)
public class DefaultIngestionService implements IngestionService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultIngestionService.class);

    private final DatacenterPersistence persistence;
    private final RecordListener listener;
    private final ImportProgressRegistry progress;
    private final List<ImportListener> importListeners = new CopyOnWriteArrayList<>();

    @Activate
    public DefaultIngestionService(@Reference DatacenterPersistence persistence,
            @Reference ImportProgressRegistry progress) {
        this(persistence, RecordListener.NONE, progress);
    }

    /** Creates a service with a progress registry of its own, for tests. */
    public DefaultIngestionService(DatacenterPersistence persistence) {
        this(persistence, RecordListener.NONE, new ImportProgressRegistry());
    }

    /** Creates a service with a progress registry of its own, for tests. */
    public DefaultIngestionService(DatacenterPersistence persistence, RecordListener listener) {
        this(persistence, listener, new ImportProgressRegistry());
    }

    public DefaultIngestionService(DatacenterPersistence persistence, RecordListener listener,
            ImportProgressRegistry progress) {
        this.persistence = persistence;
        this.listener = listener;
        this.progress = progress;
    }

    @Override
    public ImportReport ingest(IngestionBatch batch) {
        if (batch.checkpoint().isPresent() && !batch.checkpoint().get().instanceId().equals(batch.instanceId())) {
            throw new IllegalArgumentException("Checkpoint of instance " + batch.checkpoint().get().instanceId()
                    + " cannot be stored with a batch of instance " + batch.instanceId());
        }
        Database database = persistence.database();
        RecordListener counting = (index, record) -> {
            progress.recordsProcessed(batch, index + 1);
            listener.afterRecord(index, record);
        };
        ImportReport report;
        progress.batchStarted(batch);
        try {
            report = database.inTransaction(session -> {
                if (session.find(TenantEntity.class, batch.tenant().value()) == null) {
                    throw new IngestionException("Unknown tenant '" + batch.tenant()
                            + "': create the tenant before its connectors deliver data.");
                }
                return new BatchRun(session, batch, database.clock().instant(), counting).run();
            });
            progress.batchCommitted(batch);
        } catch (IngestionException e) {
            progress.batchFailed(batch);
            throw e;
        } catch (RuntimeException e) {
            progress.batchFailed(batch);
            LOG.warn("Batch of tenant={} instance={} source={} failed, nothing stored: {}", batch.tenant(),
                    batch.instanceId(), batch.source(), e.toString());
            LOG.debug("Batch failure", e);
            throw new IngestionException("Batch of connector instance " + batch.instanceId() + " for tenant "
                    + batch.tenant() + " was not stored: " + e.getMessage()
                    + ". Nothing of it and no checkpoint were written; retry the batch.", e);
        }
        LOG.info("Import batch {} committed: tenant={} instance={} source={} received={} created={} updated={}"
                        + " unchanged={} rejected={} duplicates={} withWarning={}", report.batchId(), batch.tenant(),
                batch.instanceId(), batch.source(), report.received(), report.created(), report.updated(),
                report.unchanged(), report.rejected(), report.duplicates().size(), report.importedWithWarning());
        for (ImportListener importListener : importListeners) {
            try {
                importListener.batchStored(batch, report);
            } catch (RuntimeException e) {
                LOG.warn("Import listener {} failed on batch {} of tenant {}; the batch is stored: {}",
                        importListener.getClass().getName(), report.batchId(), batch.tenant(), e.toString());
                LOG.debug("Import listener failure", e);
            }
        }
        return report;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addImportListener(ImportListener importListener) {
        importListeners.add(importListener);
    }

    public void removeImportListener(ImportListener importListener) {
        importListeners.remove(importListener);
    }

    @Override
    public ImportReport rejectFile(TenantId tenant, String instanceId, String source, FileRejection rejection) {
        Database database = persistence.database();
        ImportBatchEntity batchRow;
        try {
            batchRow = database.inTransaction(session -> {
                if (session.find(TenantEntity.class, tenant.value()) == null) {
                    throw new IngestionException("Unknown tenant '" + tenant
                            + "': create the tenant before its connectors deliver data.");
                }
                Instant now = database.clock().instant();
                ImportBatchEntity row = new ImportBatchEntity();
                row.tenantId = tenant.value();
                row.source = source;
                row.instanceId = instanceId;
                row.startedAt = now;
                row.finishedAt = now;
                row.fileName = rejection.fileName();
                row.fileRejectionDe = rejection.messageDe();
                row.fileRejectionEn = rejection.messageEn();
                session.persist(row);
                AuditLog.append(session, tenant.value(), now, AuditEventType.REJECTED, "file", lastCharacters(rejection.fileName(), 200),
                        null, null, "connector:" + instanceId, "Batch " + row.id + ": file rejected as a whole: "
                                + rejection.messageEn());
                return row;
            });
        } catch (IngestionException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Recording the rejected file {} of tenant={} instance={} failed: {}", rejection.fileName(), tenant,
                    instanceId, e.toString());
            LOG.debug("File rejection failure", e);
            throw new IngestionException("The rejection of file " + rejection.fileName() + " by connector instance "
                    + instanceId + " for tenant " + tenant + " was not stored: " + e.getMessage()
                    + ". Leave the file in place and retry.", e);
        }
        LOG.info("Import batch {} committed: tenant={} instance={} source={} file {} rejected as a whole: {}",
                batchRow.id, tenant, instanceId, source, rejection.fileName(), rejection.messageEn());
        return new ImportReport(batchRow.id, source, instanceId, 0, 0, 0, 0, List.of(), List.of(), List.of(),
                batchRow.fileRejection());
    }

    @Override
    public Optional<FileRejection> lastFileRejection(TenantId tenant, String instanceId) {
        return persistence.database().read(session -> newestBatch(session, tenant, instanceId)
                .map(ImportBatchEntity::fileRejection));
    }

    @Override
    public ImportHistory importHistory(TenantId tenant, String instanceId) {
        return persistence.database().read(session -> {
            Optional<ImportBatchEntity> newest = newestBatch(session, tenant, instanceId);
            if (newest.isEmpty()) {
                return ImportHistory.NONE;
            }
            Object[] stored = session.createSelectionQuery(
                            "select max(finishedAt), coalesce(sum(received), 0) from ImportBatchEntity"
                                    + " where tenantId = :tenant and instanceId = :instance and fileName is null",
                            Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("instance", instanceId)
                    .getSingleResult();
            ImportBatchEntity batch = newest.get();
            return new ImportHistory(batch.startedAt, (Instant) stored[0], batch.received,
                    ((Number) stored[1]).longValue(), batch.fileRejection());
        });
    }

    /** Returns the instance's newest import batch, a rejected file included. */
    private static Optional<ImportBatchEntity> newestBatch(Session session, TenantId tenant, String instanceId) {
        return session.createSelectionQuery("from ImportBatchEntity where tenantId = :tenant and instanceId = :instance"
                        + " order by startedAt desc, id desc", ImportBatchEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("instance", instanceId)
                .setMaxResults(1)
                .uniqueResultOptional();
    }

    @Override
    public Optional<Checkpoint> checkpoint(TenantId tenant, String instanceId) {
        return persistence.database().read(session -> {
            CheckpointEntity row = session.find(CheckpointEntity.class, new CheckpointEntity.Key(tenant.value(), instanceId));
            return Optional.ofNullable(row).map(found -> new Checkpoint(instanceId, found.value));
        });
    }

    /** Keeps the end of a long file name, which distinguishes files better than its start. */
    private static String lastCharacters(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
