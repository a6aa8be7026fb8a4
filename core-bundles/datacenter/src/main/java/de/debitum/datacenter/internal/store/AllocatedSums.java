package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.util.Collection;

import org.hibernate.Session;

import de.debitum.api.model.TenantId;

/**
 * Keeps {@code document.allocated}, the sum of the allocations to a document as invoice plus
 * those that use it as credit note. The list queries filter by open amount through this column.
 */
final class AllocatedSums {

    private AllocatedSums() {
    }

    /** Adds a new allocation's amount to a document's sum. */
    static void add(Session session, TenantId tenant, long documentId, BigDecimal amount) {
        session.createNativeMutationQuery("UPDATE document SET allocated = allocated + :amount"
                        + " WHERE id = :id AND tenant_id = :tenant")
                .setParameter("amount", amount)
                .setParameter("id", documentId)
                .setParameter("tenant", tenant.value())
                .executeUpdate();
    }

    /** Sums the allocations of the documents again, after allocations were deleted. */
    static void recompute(Session session, TenantId tenant, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        session.createNativeMutationQuery("UPDATE document SET allocated ="
                        + " COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.document_id = document.id), 0)"
                        + " + COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.credit_note_id = document.id), 0)"
                        + " WHERE tenant_id = :tenant AND id IN (:ids)")
                .setParameter("tenant", tenant.value())
                .setParameterList("ids", documentIds)
                .executeUpdate();
    }
}
