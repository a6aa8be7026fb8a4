package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.Session;

import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.persistence.DebtorNameAliasEntity;
import de.debitum.datacenter.internal.persistence.PaymentEntity;

/** The {@code debtor_name_alias} rows: payer names people confirmed for a debtor. */
final class DebtorNameAliases {

    private DebtorNameAliases() {
    }

    /**
     * Stores the payer's name of the payment as an alias of the debtor, unless the payment has
     * no payer name or the debtor has that alias already. The name column of payments and
     * aliases has the same length, so every payer name fits.
     */
    static void rememberPayer(Session session, TenantId tenant, long debtorId, long paymentId, String user,
                              Instant now) {
        PaymentEntity payment = session.find(PaymentEntity.class, paymentId);
        if (payment == null || !payment.tenantId.equals(tenant.value()) || payment.counterpartyName == null
                || payment.counterpartyName.isBlank()) {
            return;
        }
        String name = payment.counterpartyName.trim();
        boolean known = !session.createQuery("select a.id from DebtorNameAliasEntity a"
                        + " where a.tenantId = :tenant and a.debtorId = :debtor and a.name = :name", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("debtor", debtorId)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (known) {
            return;
        }
        DebtorNameAliasEntity row = new DebtorNameAliasEntity();
        row.tenantId = tenant.value();
        row.debtorId = debtorId;
        row.name = name;
        row.createdBy = user;
        row.createdAt = now;
        session.persist(row);
    }

    /** Returns the tenant's aliases by debtor id, each debtor's in the order they were stored. */
    static Map<Long, List<String>> byDebtor(Session session, TenantId tenant) {
        Map<Long, List<String>> result = new TreeMap<>();
        List<Object[]> rows = session.createQuery("select a.debtorId, a.name from DebtorNameAliasEntity a"
                        + " where a.tenantId = :tenant order by a.debtorId, a.id", Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return result;
    }
}
