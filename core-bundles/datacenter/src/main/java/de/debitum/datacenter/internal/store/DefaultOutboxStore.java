package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.Enqueued;
import de.debitum.api.output.NewOutboxEntry;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.OutboxEntryEntity;
import de.debitum.datacenter.internal.persistence.OutboxPdfEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** The outbox in {@code outbox_entry} and {@code outbox_pdf}. */
@Component(service = OutboxStore.class)
public class DefaultOutboxStore implements OutboxStore {

    /** The maximum entries one page of {@link #list} returns. */
    public static final int MAX_PAGE = 500;

    private static final int MAX_ERROR = 1000;

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultOutboxStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Enqueued enqueue(TenantId tenant, NewOutboxEntry entry) {
        OutboxEntryFields.check(entry);
        Optional<OutboxEntry> existing = findByDelivery(tenant, entry);
        if (existing.isPresent()) {
            return new Enqueued(existing.get(), false);
        }
        try {
            return new Enqueued(insert(tenant, entry), true);
        } catch (ConstraintViolationException e) {
            // Another caller enqueued the same delivery between the lookup and the insert.
            OutboxEntry raced = findByDelivery(tenant, entry).orElseThrow(() -> e);
            return new Enqueued(raced, false);
        }
    }

    private OutboxEntry insert(TenantId tenant, NewOutboxEntry entry) {
        return persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new NotFoundException("Tenant '" + tenant + "' not found. Create the tenant first.");
            }
            if (entry.debtorId() != null) {
                Rows.requireDebtor(session, tenant, entry.debtorId());
            }
            if (entry.documentId() != null) {
                Rows.requireDocument(session, tenant, entry.documentId());
            }
            Instant now = persistence.database().clock().instant();
            OutboxEntryEntity row = new OutboxEntryEntity();
            row.tenantId = tenant.value();
            row.documentKey = entry.documentKey();
            row.channel = entry.channel().name();
            row.recipient = entry.recipient();
            row.kind = entry.kind().name();
            row.status = OutboxStatus.QUEUED.name();
            row.attempts = 0;
            row.nextAttemptAt = now;
            row.runKey = entry.runKey();
            row.debtorId = entry.debtorId();
            row.documentId = entry.documentId();
            row.language = entry.language();
            row.subject = entry.subject();
            row.body = entry.body();
            row.fileName = entry.fileName();
            byte[] pdf = entry.pdf();
            row.pdfSize = pdf.length;
            row.createdAt = now;
            row.updatedAt = now;
            session.persist(row);
            session.flush();

            OutboxPdfEntity content = new OutboxPdfEntity();
            content.entryId = row.id;
            content.tenantId = row.tenantId;
            content.content = pdf;
            session.persist(content);
            return OutboxEntryFields.toEntry(row);
        });
    }

    private Optional<OutboxEntry> findByDelivery(TenantId tenant, NewOutboxEntry entry) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from OutboxEntryEntity where tenantId = :tenant and documentKey = :key"
                                + " and channel = :channel and recipient = :recipient", OutboxEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("key", entry.documentKey())
                .setParameter("channel", entry.channel().name())
                .setParameter("recipient", entry.recipient())
                .uniqueResultOptional()
                .map(OutboxEntryFields::toEntry));
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Set<OutboxChannel> channels, int max) {
        if (channels.isEmpty() || max <= 0) {
            return List.of();
        }
        List<String> channelNames = channels.stream().map(Enum::name).toList();
        List<String> pending = List.of(OutboxStatus.QUEUED.name(), OutboxStatus.FAILED_TRANSIENT.name());
        return persistence.database().inTransaction(session -> {
            List<Long> candidates = session.createSelectionQuery(
                            "select id from OutboxEntryEntity where status in :pending and channel in :channels"
                                    + " and nextAttemptAt <= :now order by nextAttemptAt, id", Long.class)
                    .setParameter("pending", pending)
                    .setParameter("channels", channelNames)
                    .setParameter("now", now)
                    .setMaxResults(max)
                    .getResultList();
            List<OutboxEntry> claimed = new ArrayList<>();
            for (Long id : candidates) {
                // The status condition makes the update a compare-and-set: a worker that lost the
                // race updates no row and skips the entry.
                int updated = session.createMutationQuery(
                                "update OutboxEntryEntity set status = :sending, attempts = attempts + 1, updatedAt = :now"
                                        + " where id = :id and status in :pending")
                        .setParameter("sending", OutboxStatus.SENDING.name())
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("pending", pending)
                        .executeUpdate();
                if (updated == 1) {
                    claimed.add(OutboxEntryFields.toEntry(session.get(OutboxEntryEntity.class, id)));
                }
            }
            return claimed;
        });
    }

    @Override
    public OutboxEntry markSent(TenantId tenant, long id, String messageId, Instant at, String actor) {
        return persistence.database().inTransaction(session -> {
            OutboxEntryEntity row = require(session, tenant, id);
            row.status = OutboxStatus.SENT.name();
            row.messageId = OutboxEntryFields.cut(messageId, 500);
            row.sentAt = at;
            row.updatedAt = at;
            row.nextAttemptAt = null;
            row.lastError = null;
            AuditLog.append(session, tenant.value(), at, AuditEventType.SENT, "outbox", String.valueOf(id),
                    row.debtorId, row.documentId, actor, OutboxEntryFields.sentDetails(row));
            return OutboxEntryFields.toEntry(row);
        });
    }

    @Override
    public OutboxEntry markFailed(TenantId tenant, long id, String reason, Instant nextAttemptAt, Instant at) {
        return persistence.database().inTransaction(session -> {
            OutboxEntryEntity row = require(session, tenant, id);
            row.status = (nextAttemptAt == null ? OutboxStatus.FAILED_FINAL : OutboxStatus.FAILED_TRANSIENT).name();
            row.lastError = OutboxEntryFields.cut(reason, MAX_ERROR);
            row.nextAttemptAt = nextAttemptAt;
            row.updatedAt = at;
            return OutboxEntryFields.toEntry(row);
        });
    }

    @Override
    public Optional<OutboxEntry> markUndelivered(TenantId tenant, long id, String reason, Instant at, String actor) {
        return persistence.database().inTransaction(session -> {
            OutboxEntryEntity row = require(session, tenant, id);
            if (!OutboxStatus.SENT.name().equals(row.status)) {
                return Optional.<OutboxEntry>empty();
            }
            row.status = OutboxStatus.FAILED_FINAL.name();
            row.lastError = OutboxEntryFields.cut(reason, MAX_ERROR);
            row.nextAttemptAt = null;
            row.updatedAt = at;
            AuditLog.append(session, tenant.value(), at, AuditEventType.DELIVERY_FAILED, "outbox", String.valueOf(id),
                    row.debtorId, row.documentId, actor, OutboxEntryFields.cut(
                            OutboxEntryFields.undeliveredDetails(row, reason), MAX_ERROR));
            return Optional.of(OutboxEntryFields.toEntry(row));
        });
    }

    @Override
    public OutboxEntry requeue(TenantId tenant, long id, Instant at) {
        return persistence.database().inTransaction(session -> {
            OutboxEntryEntity row = require(session, tenant, id);
            if (!OutboxStatus.FAILED_FINAL.name().equals(row.status)) {
                throw new IllegalStateException("Outbox entry " + id + " is " + row.status
                        + "; only an entry that failed for good (FAILED_FINAL) can be sent again.");
            }
            row.status = OutboxStatus.QUEUED.name();
            row.attempts = 0;
            row.nextAttemptAt = at;
            row.updatedAt = at;
            return OutboxEntryFields.toEntry(row);
        });
    }

    @Override
    public int abandonStale(Instant before, String reason) {
        return persistence.database().inTransaction(session -> session.createMutationQuery(
                        "update OutboxEntryEntity set status = :final, lastError = :reason, nextAttemptAt = null"
                                + " where status = :sending and updatedAt < :before")
                .setParameter("final", OutboxStatus.FAILED_FINAL.name())
                .setParameter("reason", OutboxEntryFields.cut(reason, MAX_ERROR))
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("before", before)
                .executeUpdate());
    }

    @Override
    public OutboxPage list(TenantId tenant, OutboxFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("Invalid page: offset " + offset + ", limit " + limit
                    + ". Use an offset of 0 or more and a limit of 1 to " + MAX_PAGE + ".");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where tenantId = :tenant");
        parameters.put("tenant", tenant.value());
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            parameters.put("channel", filter.channel().name());
        }
        if (filter.runKey() != null) {
            where.append(" and runKey = :run");
            parameters.put("run", filter.runKey());
        }
        return persistence.database().read(session -> {
            var count = session.createSelectionQuery("select count(*) from OutboxEntryEntity" + where, Long.class);
            var page = session.createSelectionQuery("from OutboxEntryEntity" + where + " order by id desc",
                    OutboxEntryEntity.class);
            parameters.forEach(count::setParameter);
            parameters.forEach(page::setParameter);
            List<OutboxEntry> entries = page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(OutboxEntryFields::toEntry).toList();
            return new OutboxPage(entries, count.getSingleResult());
        });
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, long id) {
        return persistence.database().read(session -> row(session, tenant, id).map(OutboxEntryFields::toEntry));
    }

    @Override
    public Optional<byte[]> pdf(TenantId tenant, long id) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "select content from OutboxPdfEntity where tenantId = :tenant and entryId = :id", byte[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .uniqueResultOptional());
    }

    @Override
    public List<OutboxEntry> findAll(TenantId tenant, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return persistence.database().read(session -> {
            Map<Long, OutboxEntry> found = new LinkedHashMap<>();
            session.createSelectionQuery("from OutboxEntryEntity where tenantId = :tenant and id in :ids",
                            OutboxEntryEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameterList("ids", ids)
                    .getResultList()
                    .forEach(row -> found.put(row.id, OutboxEntryFields.toEntry(row)));
            return ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
        });
    }

    private static Optional<OutboxEntryEntity> row(Session session, TenantId tenant, long id) {
        return session.createSelectionQuery("from OutboxEntryEntity where tenantId = :tenant and id = :id",
                        OutboxEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .uniqueResultOptional();
    }

    private static OutboxEntryEntity require(Session session, TenantId tenant, long id) {
        return row(session, tenant, id).orElseThrow(() -> Rows.notFound("Outbox entry", id, tenant));
    }
}
