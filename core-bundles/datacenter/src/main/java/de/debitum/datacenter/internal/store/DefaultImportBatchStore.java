package de.debitum.datacenter.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.ingest.DuplicateNotice;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.ImportWarning;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.ImportBatchStore;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.ImportBatchEntity;
import de.debitum.datacenter.internal.persistence.ImportIssueEntity;

/** Import reports from the {@code import_batch} and {@code import_issue} tables. */
@Component(service = ImportBatchStore.class)
public class DefaultImportBatchStore implements ImportBatchStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultImportBatchStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<ImportReport> find(TenantId tenant, long batchId) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from ImportBatchEntity where tenantId = :tenant and id = :id", ImportBatchEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", batchId)
                .uniqueResultOptional()
                .map(batch -> toReport(session, batch)));
    }

    @Override
    public List<ImportReport> latest(TenantId tenant, int limit) {
        if (limit < 1 || limit > DefaultDebtorStore.MAX_PAGE) {
            throw new IllegalArgumentException("Invalid limit " + limit + ": use 1 to " + DefaultDebtorStore.MAX_PAGE);
        }
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from ImportBatchEntity where tenantId = :tenant order by startedAt desc, id desc", ImportBatchEntity.class)
                .setParameter("tenant", tenant.value())
                .setMaxResults(limit)
                .getResultList().stream().map(batch -> toReport(session, batch)).toList());
    }

    private static ImportReport toReport(Session session, ImportBatchEntity batch) {
        List<Rejection> rejections = new ArrayList<>();
        List<DuplicateNotice> duplicates = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        List<ImportIssueEntity> issues = session.createSelectionQuery(
                        "from ImportIssueEntity where tenantId = :tenant and batchId = :batch order by id", ImportIssueEntity.class)
                .setParameter("tenant", batch.tenantId)
                .setParameter("batch", batch.id)
                .getResultList();
        for (ImportIssueEntity issue : issues) {
            if (ImportIssueEntity.REJECTED.equals(issue.issueType)) {
                rejections.add(new Rejection(issue.recordType, issue.externalId, issue.field, issue.value, issue.rule));
            } else if (ImportIssueEntity.WARNING.equals(issue.issueType)) {
                warnings.add(new ImportWarning(issue.recordType, issue.externalId, issue.field, issue.messageDe,
                        issue.messageEn));
            } else {
                duplicates.add(new DuplicateNotice(issue.paymentId, issue.externalId, issue.originalId, issue.originalSource));
            }
        }
        return new ImportReport(batch.id, batch.source, batch.instanceId, batch.received, batch.created, batch.updated,
                batch.unchanged, rejections, duplicates, warnings, batch.fileRejection());
    }
}
