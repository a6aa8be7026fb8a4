package de.debitum.datacenter.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;

import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;

/**
 * Tenant-scoped loading of rows by id. Every store goes through here, so that a row of another
 * tenant is never returned: it looks exactly like a missing row.
 */
final class Rows {

    private Rows() {
    }

    static Optional<DebtorEntity> debtor(Session session, TenantId tenant, long id) {
        return byId(session, DebtorEntity.class, tenant, id);
    }

    static Optional<DocumentEntity> document(Session session, TenantId tenant, long id) {
        return byId(session, DocumentEntity.class, tenant, id);
    }

    static Optional<PaymentEntity> payment(Session session, TenantId tenant, long id) {
        return byId(session, PaymentEntity.class, tenant, id);
    }

    static DebtorEntity requireDebtor(Session session, TenantId tenant, long id) {
        return debtor(session, tenant, id).orElseThrow(() -> notFound("Debtor", id, tenant));
    }

    static DocumentEntity requireDocument(Session session, TenantId tenant, long id) {
        return document(session, tenant, id).orElseThrow(() -> notFound("Document", id, tenant));
    }

    static PaymentEntity requirePayment(Session session, TenantId tenant, long id) {
        return payment(session, tenant, id).orElseThrow(() -> notFound("Payment", id, tenant));
    }

    static <T> Optional<T> bySourceAndExternalId(Session session, Class<T> type, TenantId tenant, String source,
                                                 String externalId) {
        return session.createSelectionQuery("from " + type.getSimpleName()
                        + " where tenantId = :tenant and source = :source and externalId = :externalId", type)
                .setParameter("tenant", tenant.value())
                .setParameter("source", source)
                .setParameter("externalId", externalId)
                .uniqueResultOptional();
    }

    static List<String> ibansSeen(Session session, long debtorId) {
        return session.createSelectionQuery(
                        "select iban from DebtorIbanEntity where debtorId = :debtor order by id", String.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }

    /** The maximum number of values in one {@code in} list. */
    static final int IN_LIST_CHUNK = 1000;

    /** Splits values into lists of at most {@link #IN_LIST_CHUNK}, for {@code in} lists. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += IN_LIST_CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    static NotFoundException notFound(String what, long id, TenantId tenant) {
        return new NotFoundException(what + " " + id + " not found for tenant " + tenant);
    }

    private static <T> Optional<T> byId(Session session, Class<T> type, TenantId tenant, long id) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where tenantId = :tenant and id = :id", type)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .uniqueResultOptional();
    }
}
