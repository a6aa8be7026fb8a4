package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.DeletionResult;
import de.debitum.api.store.DeletionService;
import de.debitum.api.store.RetainedRecord;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;

/**
 * Deletes a debtor's data physically, except booked documents still under their retention duty:
 * those are blocked until the duty ends, and the debtor with them. The audit trail keeps its
 * events, which carry ids but no personal data.
 *
 * <p>NOTE: no tombstone is kept, so a source that delivers a deleted debtor again creates it anew.
 */
@Component(service = DeletionService.class)
public class DefaultDeletionService implements DeletionService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDeletionService.class);

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultDeletionService(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public DeletionResult deleteDebtor(TenantId tenant, long debtorId, String actor) {
        DeletionResult result = persistence.database().inTransaction(session -> {
            Instant now = persistence.database().clock().instant();
            LocalDate today = LocalDate.ofInstant(now, persistence.database().clock().getZone());
            DebtorEntity debtor = Rows.requireDebtor(session, tenant, debtorId);
            List<DocumentEntity> documents = session.createSelectionQuery(
                            "from DocumentEntity where tenantId = :tenant and debtorId = :debtor order by id", DocumentEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("debtor", debtorId)
                    .getResultList();

            List<Long> deleted = new ArrayList<>();
            List<RetainedRecord> retained = new ArrayList<>();
            LocalDate debtorDeletableFrom = null;
            for (DocumentEntity document : documents) {
                LocalDate deletableFrom = document.bookedOn == null ? null : RetentionRule.deletableFrom(document.bookedOn);
                if (deletableFrom != null && today.isBefore(deletableFrom)) {
                    document.blockedUntil = deletableFrom;
                    retained.add(new RetainedRecord("document", document.id, document.number, deletableFrom, RetentionRule.REASON));
                    AuditLog.append(session, tenant.value(), now, AuditEventType.BLOCKED, "document", String.valueOf(document.id),
                            debtorId, document.id, actor, "Deletion requested; blocked until " + deletableFrom);
                    debtorDeletableFrom = later(debtorDeletableFrom, deletableFrom);
                } else {
                    deleteDocument(session, tenant, document.id);
                    deleted.add(document.id);
                    AuditLog.append(session, tenant.value(), now, AuditEventType.DELETED, "document", String.valueOf(document.id),
                            debtorId, document.id, actor, "Deleted at the debtor's request");
                }
            }

            if (debtorDeletableFrom != null) {
                debtor.blockedUntil = debtorDeletableFrom;
                retained.add(new RetainedRecord("debtor", debtorId, debtor.customerNumber, debtorDeletableFrom,
                        "Master data of documents under retention duty"));
                AuditLog.append(session, tenant.value(), now, AuditEventType.BLOCKED, "debtor", String.valueOf(debtorId),
                        debtorId, null, actor, "Deletion requested; blocked until " + debtorDeletableFrom);
                return new DeletionResult(debtorId, false, deleted, retained);
            }
            execute(session, "delete from DebtorIbanEntity where tenantId = :tenant and debtorId = :id", tenant, debtorId);
            execute(session, "delete from DebtorNameAliasEntity where tenantId = :tenant and debtorId = :id", tenant, debtorId);
            execute(session, "delete from DebtorSourceKeyEntity where tenantId = :tenant and debtorId = :id", tenant, debtorId);
            execute(session, "delete from DebtorEntity where tenantId = :tenant and id = :id", tenant, debtorId);
            AuditLog.append(session, tenant.value(), now, AuditEventType.DELETED, "debtor", String.valueOf(debtorId),
                    debtorId, null, actor, "Deleted at the debtor's request");
            return new DeletionResult(debtorId, true, deleted, retained);
        });
        LOG.info("Deletion of debtor {} for tenant={}: debtor deleted={}, documents deleted={}, retained={}",
                debtorId, tenant, result.debtorDeleted(), result.deletedDocuments().size(), result.retained().size());
        return result;
    }

    private static void deleteDocument(Session session, TenantId tenant, long documentId) {
        // Documents linked through a credit note allocation keep their rows, but their sums change.
        List<Long> linked = session.createSelectionQuery("select case when documentId = :id then creditNoteId"
                        + " else documentId end from AllocationEntity where tenantId = :tenant"
                        + " and creditNoteId is not null and (documentId = :id or creditNoteId = :id)", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", documentId)
                .getResultList();
        execute(session, "delete from AllocationEntity where tenantId = :tenant and (documentId = :id or creditNoteId = :id)",
                tenant, documentId);
        AllocatedSums.recompute(session, tenant, new java.util.HashSet<>(linked));
        execute(session, "delete from DocumentVatEntity where tenantId = :tenant and documentId = :id", tenant, documentId);
        execute(session, "delete from CashDiscountEntity where tenantId = :tenant and documentId = :id", tenant, documentId);
        execute(session, "delete from DocumentOriginalEntity where tenantId = :tenant and documentId = :id", tenant, documentId);
        execute(session, "delete from DocumentWarningEntity where tenantId = :tenant and documentId = :id", tenant, documentId);
        execute(session, "delete from DunningDocumentReleaseEntity where tenantId = :tenant and documentId = :id", tenant,
                documentId);
        execute(session, "delete from DocumentEntity where tenantId = :tenant and id = :id", tenant, documentId);
    }

    private static void execute(Session session, String hql, TenantId tenant, long id) {
        session.createMutationQuery(hql)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .executeUpdate();
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
