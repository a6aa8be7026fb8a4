package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.ledger.LedgerPeriodSummary;
import de.debitum.api.ledger.NewLedgerExport;
import de.debitum.api.ledger.PeriodState;
import de.debitum.api.ledger.StoredLedgerExport;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.Page;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.LedgerExportEntity;
import de.debitum.datacenter.internal.persistence.LedgerExportFileEntity;
import de.debitum.datacenter.internal.persistence.LedgerPeriodEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** The DATEV export tables of migration V13 and the period summaries read with them. */
@Component(service = LedgerExportStore.class)
public class DefaultLedgerExportStore implements LedgerExportStore {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultLedgerExportStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public StoredLedgerExport save(TenantId tenant, NewLedgerExport export) {
        Set<String> names = new HashSet<>();
        for (NewLedgerExport.File file : export.files()) {
            if (file.content().length > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("DATEV file " + file.name() + " has " + file.content().length
                        + " bytes, more than the " + MAX_FILE_BYTES + " bytes the store keeps: export fewer bookings per file.");
            }
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("DATEV file name " + file.name() + " occurs twice in one export.");
            }
        }
        long id = persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new NotFoundException("Tenant " + tenant + " not found");
            }
            LedgerExportEntity row = new LedgerExportEntity();
            row.tenantId = tenant.value();
            row.period = export.period().toString();
            row.createdAt = persistence.database().clock().instant();
            row.actor = export.actor();
            row.bookings = export.bookings();
            row.debtorAccounts = export.debtorAccounts();
            row.notices = export.notices();
            session.persist(row);
            session.flush();
            int index = 0;
            for (NewLedgerExport.File file : export.files()) {
                LedgerExportFileEntity fileRow = new LedgerExportFileEntity();
                fileRow.key = new LedgerExportFileEntity.Key(row.id, file.name());
                fileRow.fileIndex = index++;
                fileRow.rowCount = file.rowCount();
                fileRow.sizeBytes = file.content().length;
                fileRow.content = file.content();
                session.persist(fileRow);
                // Files can be tens of megabytes: write each one before the next is held in the session.
                session.flush();
                session.detach(fileRow);
            }
            return row.id;
        });
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Page<StoredLedgerExport> list(TenantId tenant, int page, int size) {
        int offset = Math.toIntExact(Page.offset(page, size));
        return persistence.database().read(session -> {
            long total = session.createSelectionQuery("select count(*) from LedgerExportEntity where tenantId = :tenant",
                            Long.class)
                    .setParameter("tenant", tenant.value())
                    .getSingleResult();
            List<LedgerExportEntity> rows = session.createSelectionQuery("from LedgerExportEntity"
                            + " where tenantId = :tenant order by id desc", LedgerExportEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setFirstResult(offset)
                    .setMaxResults(size)
                    .getResultList();
            List<StoredLedgerExport> items = new ArrayList<>();
            for (LedgerExportEntity row : rows) {
                items.add(toExport(session, tenant, row));
            }
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public Optional<StoredLedgerExport> find(TenantId tenant, long exportId) {
        return persistence.database().read(session -> {
            LedgerExportEntity row = session.find(LedgerExportEntity.class, exportId);
            if (row == null || !row.tenantId.equals(tenant.value())) {
                return Optional.empty();
            }
            return Optional.of(toExport(session, tenant, row));
        });
    }

    @Override
    public Optional<byte[]> fileContent(TenantId tenant, long exportId, String fileName) {
        return persistence.database().read(session -> session.createSelectionQuery("select f.content"
                        + " from LedgerExportFileEntity f, LedgerExportEntity e"
                        + " where e.id = f.key.exportId and e.tenantId = :tenant and e.id = :id"
                        + " and f.key.fileName = :name", byte[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", exportId)
                .setParameter("name", fileName)
                .uniqueResultOptional());
    }

    @Override
    public List<LedgerPeriodSummary> periods(TenantId tenant) {
        return persistence.database().read(session -> {
            Map<String, Long> bookings = new HashMap<>();
            session.createSelectionQuery("select period, count(*) from LedgerBookingEntity where tenantId = :tenant"
                            + " group by period", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .getResultList()
                    .forEach(row -> bookings.put((String) row[0], (Long) row[1]));
            Map<String, Object[]> exports = exportCounts(session, tenant, null);
            Map<String, LedgerPeriodEntity> locks = new HashMap<>();
            session.createSelectionQuery("from LedgerPeriodEntity where key.tenantId = :tenant", LedgerPeriodEntity.class)
                    .setParameter("tenant", tenant.value())
                    .getResultList()
                    .forEach(row -> locks.put(row.key.period, row));

            TreeMap<String, Boolean> periods = new TreeMap<>(Comparator.reverseOrder());
            bookings.keySet().forEach(period -> periods.put(period, true));
            exports.keySet().forEach(period -> periods.put(period, true));
            locks.keySet().forEach(period -> periods.put(period, true));
            List<LedgerPeriodSummary> result = new ArrayList<>();
            for (String period : periods.keySet()) {
                result.add(summary(period, locks.get(period), bookings.getOrDefault(period, 0L), exports.get(period)));
            }
            return result;
        });
    }

    @Override
    public LedgerPeriodSummary period(TenantId tenant, YearMonth period) {
        String key = period.toString();
        return persistence.database().read(session -> {
            long bookings = session.createSelectionQuery("select count(*) from LedgerBookingEntity"
                            + " where tenantId = :tenant and period = :period", Long.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("period", key)
                    .getSingleResult();
            LedgerPeriodEntity lock = session.find(LedgerPeriodEntity.class, new LedgerPeriodEntity.Key(tenant.value(), key));
            return summary(key, lock, bookings, exportCounts(session, tenant, key).get(key));
        });
    }

    /** Returns count and latest time of the exports per period, of one period when {@code period} is set. */
    private static Map<String, Object[]> exportCounts(Session session, TenantId tenant, String period) {
        Map<String, Object[]> result = new HashMap<>();
        session.createSelectionQuery("select period, count(*), max(createdAt) from LedgerExportEntity"
                        + " where tenantId = :tenant" + (period == null ? "" : " and period = :period")
                        + " group by period", Object[].class)
                .setParameter("tenant", tenant.value())
                .setProperties(period == null ? Map.of() : Map.of("period", period))
                .getResultList()
                .forEach(row -> result.put((String) row[0], row));
        return result;
    }

    private static LedgerPeriodSummary summary(String period, LedgerPeriodEntity lock, long bookings, Object[] exports) {
        PeriodState state = lock == null ? PeriodState.OPEN : PeriodState.valueOf(lock.state);
        boolean locked = state == PeriodState.LOCKED;
        return new LedgerPeriodSummary(YearMonth.parse(period), state, locked ? lock.lockedAt : null,
                locked ? lock.lockedBy : null, bookings, exports == null ? 0 : ((Long) exports[1]).intValue(),
                exports == null ? null : (Instant) exports[2]);
    }

    private static StoredLedgerExport toExport(Session session, TenantId tenant, LedgerExportEntity row) {
        List<StoredLedgerExport.FileInfo> files = session.createSelectionQuery("select key.fileName, sizeBytes, rowCount"
                        + " from LedgerExportFileEntity where key.exportId = :id order by fileIndex", Object[].class)
                .setParameter("id", row.id)
                .getResultList()
                .stream()
                .map(file -> new StoredLedgerExport.FileInfo((String) file[0], (Long) file[1], (Integer) file[2]))
                .toList();
        return new StoredLedgerExport(row.id, tenant, YearMonth.parse(row.period), row.createdAt, row.actor, row.bookings,
                row.debtorAccounts, row.notices, files);
    }
}
