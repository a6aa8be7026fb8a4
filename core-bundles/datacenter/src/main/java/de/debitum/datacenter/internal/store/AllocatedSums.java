package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Map;

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

    /**
     * Adds amounts to many documents' sums in one JDBC batch, after flushing the session so that
     * the allocation rows are written first.
     */
    static void addAll(Session session, TenantId tenant, Map<Long, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE document SET allocated = allocated + ? WHERE id = ? AND tenant_id = ?")) {
                for (Map.Entry<Long, BigDecimal> amount : amounts.entrySet()) {
                    update.setBigDecimal(1, amount.getValue());
                    update.setLong(2, amount.getKey());
                    update.setString(3, tenant.value());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
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
