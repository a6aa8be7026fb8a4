package de.debitum.datacenter.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.DunningBlock;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.DebtorStore;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/** Debtors in the {@code debtor} and {@code debtor_iban} tables. */
@Component(service = DebtorStore.class)
public class DefaultDebtorStore implements DebtorStore {

    static final int MAX_PAGE = 1000;

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultDebtorStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<Debtor> find(TenantId tenant, long debtorId) {
        return persistence.database().read(session -> Rows.debtor(session, tenant, debtorId).map(row -> toDebtor(session, row)));
    }

    @Override
    public Optional<Debtor> findByExternalId(TenantId tenant, String source, String externalId) {
        return persistence.database().read(session ->
                Rows.bySourceAndExternalId(session, DebtorEntity.class, tenant, source, externalId)
                        .map(row -> toDebtor(session, row)));
    }

    @Override
    public List<Debtor> list(TenantId tenant, int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new IllegalArgumentException("Invalid page offset=" + offset + " limit=" + limit
                    + ": the offset must be 0 or more and the limit from 1 to " + MAX_PAGE);
        }
        return persistence.database().read(session -> withIbans(session, tenant, session.createSelectionQuery(
                        "from DebtorEntity where tenantId = :tenant order by id", DebtorEntity.class)
                .setParameter("tenant", tenant.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()));
    }

    @Override
    public List<Debtor> findAll(TenantId tenant, Collection<Long> debtorIds) {
        if (debtorIds.size() > MAX_PAGE) {
            throw new IllegalArgumentException("Too many debtor ids (" + debtorIds.size() + "): pass at most " + MAX_PAGE);
        }
        if (debtorIds.isEmpty()) {
            return List.of();
        }
        return persistence.database().read(session -> withIbans(session, tenant, session.createSelectionQuery(
                        "from DebtorEntity where tenantId = :tenant and id in (:ids) order by id", DebtorEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", debtorIds)
                .getResultList()));
    }

    /** Maps at most {@link #MAX_PAGE} debtor rows to debtors, with the IBANs seen of all of them read in one query. */
    private static List<Debtor> withIbans(Session session, TenantId tenant, List<DebtorEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> ibans = new HashMap<>();
        List<Object[]> ibanRows = session.createSelectionQuery(
                        "select debtorId, iban from DebtorIbanEntity where tenantId = :tenant and debtorId in (:ids)"
                                + " order by id", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", rows.stream().map(row -> row.id).toList())
                .getResultList();
        for (Object[] row : ibanRows) {
            ibans.computeIfAbsent((Long) row[0], unused -> new ArrayList<>()).add((String) row[1]);
        }
        return rows.stream().map(row -> RecordMapping.debtor(row, ibans.getOrDefault(row.id, List.of()))).toList();
    }

    @Override
    public Debtor setDunningBlock(TenantId tenant, long debtorId, DunningBlock block, String actor) {
        return persistence.database().inTransaction(session -> {
            DebtorEntity debtor = Rows.requireDebtor(session, tenant, debtorId);
            debtor.dunningBlockReason = block == null ? null : block.reason();
            debtor.dunningBlockUntil = block == null ? null : block.until();
            debtor.updatedAt = persistence.database().clock().instant();
            String details = block == null ? "Dunning block lifted"
                    : "Dunning blocked" + (block.until() == null ? "" : " until " + block.until());
            AuditLog.append(session, tenant.value(), debtor.updatedAt, AuditEventType.UPDATED, "debtor",
                    String.valueOf(debtorId), debtorId, null, actor, details);
            return toDebtor(session, debtor);
        });
    }

    private static Debtor toDebtor(Session session, DebtorEntity row) {
        return RecordMapping.debtor(row, Rows.ibansSeen(session, row.id));
    }
}
