package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.DunningBlockKind;
import de.debitum.api.dunning.DunningRunRecord;
import de.debitum.api.dunning.DunningSettings;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.dunning.Escalation;
import de.debitum.api.dunning.EscalationDraft;
import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.NoticeDraft;
import de.debitum.api.dunning.NoticeHistoryEntry;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.SkipEntry;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.DunningBlockEntity;
import de.debitum.datacenter.internal.persistence.DunningEscalationEntity;
import de.debitum.datacenter.internal.persistence.DunningNoticeEntity;
import de.debitum.datacenter.internal.persistence.DunningNoticeItemEntity;
import de.debitum.datacenter.internal.persistence.DunningRunEntity;
import de.debitum.datacenter.internal.persistence.DunningSettingsEntity;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/**
 * Dunning settings, blocks and guards in the {@code dunning_*} tables. Runs, notices and
 * escalations are in {@link DunningNoticeRows}.
 */
@Component(service = DunningStore.class)
public class DefaultDunningStore implements DunningStore {

    static final int MAX_REASON_LENGTH = 500;
    static final int MAX_POLICY_LENGTH = 8000;

    private final DatacenterPersistence persistence;
    private final DunningNoticeRows notices;

    @Activate
    public DefaultDunningStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
        this.notices = new DunningNoticeRows(persistence);
    }

    @Override
    public DunningSettings settings(TenantId tenant) {
        return persistence.database().read(session -> {
            DunningSettingsEntity row = session.find(DunningSettingsEntity.class, tenant.value());
            return row == null ? DunningSettings.DEFAULT
                    : new DunningSettings(row.policyText, row.autoSend, row.updatedAt, row.updatedBy);
        });
    }

    @Override
    public DunningSettings saveSettings(TenantId tenant, String policyText, boolean autoSend, String actor) {
        requireActor(actor);
        if (policyText != null && policyText.length() > MAX_POLICY_LENGTH) {
            throw new IllegalArgumentException("The dunning policy text has " + policyText.length()
                    + " characters, more than the maximum of " + MAX_POLICY_LENGTH + ".");
        }
        return persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new de.debitum.api.store.NotFoundException("Tenant " + tenant + " not found");
            }
            Instant now = persistence.database().clock().instant();
            DunningSettingsEntity row = session.find(DunningSettingsEntity.class, tenant.value());
            boolean created = row == null;
            if (created) {
                row = new DunningSettingsEntity();
                row.tenantId = tenant.value();
            }
            boolean autoSendChanged = created ? autoSend : row.autoSend != autoSend;
            row.policyText = policyText;
            row.autoSend = autoSend;
            row.updatedAt = now;
            row.updatedBy = actor;
            if (created) {
                session.persist(row);
            }
            AuditLog.append(session, tenant.value(), now, AuditEventType.UPDATED, "dunning-settings", tenant.value(),
                    null, null, actor, "Dunning settings saved: " + (policyText == null ? "default policy" : "own policy")
                            + ", automatic sending " + (autoSend ? "on" : "off")
                            + (autoSendChanged ? " (changed)" : ""));
            return new DunningSettings(row.policyText, row.autoSend, row.updatedAt, row.updatedBy);
        });
    }

    @Override
    public DunningBlockEntry addBlock(TenantId tenant, long debtorId, Long documentId, DunningBlockKind kind,
            String reason, LocalDate from, LocalDate until, String actor) {
        requireActor(actor);
        if (kind == null || from == null) {
            throw new IllegalArgumentException("Art und Beginn der Mahnsperre fehlen. / The block's kind and start date"
                    + " are required, got kind=" + kind + " from=" + from + ".");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("Ungültiger Grund der Mahnsperre: 1 bis " + MAX_REASON_LENGTH
                    + " Zeichen, z. B. \"Kunde bestreitet Lieferung\". / Invalid block reason: give 1 to "
                    + MAX_REASON_LENGTH + " characters, such as \"Kunde bestreitet Lieferung\".");
        }
        if (kind == DunningBlockKind.PROMISE_TO_PAY && until == null) {
            throw new IllegalArgumentException("Eine Zahlungszusage braucht ein Enddatum, z. B. " + from.plusDays(14)
                    + ". / A promise to pay needs an end date (until), such as " + from.plusDays(14) + ".");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("Das Enddatum " + until + " liegt vor dem Beginn " + from
                    + ". / The block's end date " + until + " is before its start " + from + ".");
        }
        return persistence.database().inTransaction(session -> {
            Rows.requireDebtor(session, tenant, debtorId);
            if (documentId != null) {
                DocumentEntity document = Rows.requireDocument(session, tenant, documentId);
                if (document.debtorId != debtorId) {
                    throw new IllegalArgumentException("Beleg " + documentId + " gehört zu Debitor " + document.debtorId
                            + ", nicht zu " + debtorId + ". / Document " + documentId + " belongs to debtor "
                            + document.debtorId + ", not to debtor " + debtorId + ".");
                }
            }
            Instant now = persistence.database().clock().instant();
            DunningBlockEntity row = new DunningBlockEntity();
            row.tenantId = tenant.value();
            row.debtorId = debtorId;
            row.documentId = documentId;
            row.kind = kind.name();
            row.reason = reason.strip();
            row.validFrom = from;
            row.validUntil = until;
            row.createdBy = actor;
            row.createdAt = now;
            session.persist(row);
            AuditLog.append(session, tenant.value(), now, AuditEventType.BLOCKED, "dunning-block", String.valueOf(row.id),
                    debtorId, documentId, actor, "Dunning blocked (" + kind + ") from " + from
                            + (until == null ? " until lifted" : " until " + until) + ": " + row.reason);
            return DunningMapping.block(row);
        });
    }

    @Override
    public DunningBlockEntry liftBlock(TenantId tenant, long blockId, String actor) {
        requireActor(actor);
        return persistence.database().inTransaction(session -> {
            DunningBlockEntity row = session.find(DunningBlockEntity.class, blockId);
            if (row == null || !row.tenantId.equals(tenant.value())) {
                throw new de.debitum.api.store.NotFoundException("Dunning block " + blockId + " not found for tenant " + tenant);
            }
            if (row.liftedAt == null) {
                row.liftedAt = persistence.database().clock().instant();
                row.liftedBy = actor;
                AuditLog.append(session, tenant.value(), row.liftedAt, AuditEventType.UPDATED, "dunning-block",
                        String.valueOf(row.id), row.debtorId, row.documentId, actor, "Dunning block lifted");
            }
            return DunningMapping.block(row);
        });
    }

    @Override
    public List<DunningBlockEntry> blocksOfDebtors(TenantId tenant, Collection<Long> debtorIds) {
        requireIds(debtorIds);
        if (debtorIds.isEmpty()) {
            return List.of();
        }
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from DunningBlockEntity where tenantId = :tenant and debtorId in (:ids) and liftedAt is null"
                                + " order by id", DunningBlockEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", debtorIds)
                .getResultList().stream().map(DunningMapping::block).toList());
    }

    @Override
    public List<DunningBlockEntry> blocks(TenantId tenant, long afterId, int limit) {
        if (limit < 1 || limit > MAX_IDS) {
            throw new IllegalArgumentException("Invalid page limit " + limit + ": use 1 to " + MAX_IDS);
        }
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from DunningBlockEntity where tenantId = :tenant and liftedAt is null and id > :after"
                                + " order by id", DunningBlockEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList().stream().map(DunningMapping::block).toList());
    }

    @Override
    public void confirmDocument(TenantId tenant, long documentId, String actor) {
        requireActor(actor);
        persistence.database().inTransaction(session -> DocumentReleases.confirm(session, tenant, documentId, actor,
                persistence.database().clock().instant()));
    }

    @Override
    public Set<Long> unconfirmedUnsafeDocuments(TenantId tenant, Collection<Long> documentIds) {
        requireIds(documentIds);
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return persistence.database().read(session -> new HashSet<>(session.createSelectionQuery(
                        "select d.id from DocumentEntity d where d.tenantId = :tenant and d.id in (:ids)"
                                + " and (d.safeSource = false or d.flags is not null) and not exists"
                                + " (select 1 from DunningDocumentReleaseEntity r where r.documentId = d.id)", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", documentIds)
                .getResultList()));
    }

    @Override
    public Set<Long> documentsWithOpenSuggestions(TenantId tenant, Collection<Long> documentIds) {
        requireIds(documentIds);
        return persistence.database().read(session ->
                new HashSet<>(DefaultMatchReviewStore.openSuggestionDocuments(session, tenant, documentIds)));
    }

    @Override
    public Set<Long> debtorsWithUnallocatedPayments(TenantId tenant, Collection<Long> debtorIds) {
        requireIds(debtorIds);
        if (debtorIds.isEmpty()) {
            return Set.of();
        }
        return persistence.database().read(session -> {
            Set<Long> debtors = new HashSet<>(session.createSelectionQuery(
                            "select distinct i.debtorId from DebtorIbanEntity i join PaymentEntity p"
                                    + " on p.tenantId = i.tenantId and p.counterpartyIban = i.iban"
                                    + " where i.tenantId = :tenant and i.debtorId in (:ids)"
                                    + " and p.amount > 0 and p.reversal = false and p.duplicateOf is null"
                                    + " and p.amount > coalesce((select sum(a.amount) from AllocationEntity a"
                                    + " where a.tenantId = p.tenantId and a.paymentId = p.id), 0)", Long.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", debtorIds)
                    .getResultList());
            // A credit note with credit left over is money of the debtor not yet set against an invoice.
            debtors.addAll(session.createSelectionQuery(
                            "select distinct d.debtorId from DocumentEntity d where d.tenantId = :tenant"
                                    + " and d.debtorId in (:ids) and d.kind = :creditNote and d.blockedUntil is null"
                                    + " and d.amountDue > coalesce((select sum(a.amount) from AllocationEntity a"
                                    + " where a.tenantId = d.tenantId and a.creditNoteId = d.id), 0)", Long.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", debtorIds)
                    .setParameter("creditNote", DocumentKind.CREDIT_NOTE.name())
                    .getResultList());
            return debtors;
        });
    }

    @Override
    public Map<Long, List<NoticeHistoryEntry>> history(TenantId tenant, Collection<Long> documentIds) {
        requireIds(documentIds);
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return persistence.database().read(session -> notices.history(session, tenant, documentIds));
    }

    @Override
    public Set<Long> escalatedDocuments(TenantId tenant, Collection<Long> documentIds) {
        requireIds(documentIds);
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return persistence.database().read(session -> new HashSet<>(session.createSelectionQuery(
                        "select documentId from DunningEscalationEntity where tenantId = :tenant and documentId in (:ids)",
                        Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", documentIds)
                .getResultList()));
    }

    @Override
    public DunningRunRecord startRun(TenantId tenant, LocalDate runDate, String trigger, String actor) {
        requireActor(actor);
        return persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new de.debitum.api.store.NotFoundException("Tenant " + tenant + " not found");
            }
            DunningRunEntity row = new DunningRunEntity();
            row.tenantId = tenant.value();
            row.runDate = runDate;
            row.trigger = trigger;
            row.actor = actor;
            row.startedAt = persistence.database().clock().instant();
            session.persist(row);
            return DunningMapping.run(row);
        });
    }

    @Override
    public List<StoredNotice> recordPage(TenantId tenant, long runId, List<NoticeDraft> drafts,
            List<EscalationDraft> escalations, List<SkipEntry> skips, String actor) {
        requireActor(actor);
        return persistence.database().inTransaction(session ->
                notices.recordPage(session, tenant, requireRun(session, tenant, runId), drafts, escalations, skips, actor));
    }

    @Override
    public DunningRunRecord finishRun(TenantId tenant, long runId, int noticeCount, int escalationCount, int skipped) {
        return persistence.database().inTransaction(session -> {
            DunningRunEntity row = requireRun(session, tenant, runId);
            row.finishedAt = persistence.database().clock().instant();
            row.notices = noticeCount;
            row.escalations = escalationCount;
            row.skipped = skipped;
            return DunningMapping.run(row);
        });
    }

    @Override
    public Optional<DunningRunRecord> run(TenantId tenant, long runId) {
        return persistence.database().read(session -> Optional.ofNullable(session.find(DunningRunEntity.class, runId))
                .filter(row -> row.tenantId.equals(tenant.value()))
                .map(DunningMapping::run));
    }

    @Override
    public Optional<StoredNotice> notice(TenantId tenant, long noticeId) {
        return persistence.database().read(session -> notices.find(session, tenant, noticeId));
    }

    @Override
    public List<StoredNotice> notices(TenantId tenant, Set<NoticeStatus> statuses, long afterId, int limit) {
        if (limit < 1 || limit > MAX_IDS) {
            throw new IllegalArgumentException("Invalid page limit " + limit + ": use 1 to " + MAX_IDS);
        }
        Set<NoticeStatus> requested = statuses.isEmpty() ? EnumSet.allOf(NoticeStatus.class) : statuses;
        return persistence.database().read(session -> notices.list(session, tenant, requested, afterId, limit));
    }

    @Override
    public StoredNotice changeStatus(TenantId tenant, long noticeId, NoticeStatus status, LocalDate postponedUntil,
            String actor) {
        requireActor(actor);
        return persistence.database().inTransaction(session ->
                notices.changeStatus(session, tenant, noticeId, status, postponedUntil, actor));
    }

    @Override
    public StoredNotice edit(TenantId tenant, long noticeId, NoticeChange change, String actor) {
        requireActor(actor);
        return persistence.database().inTransaction(session -> notices.edit(session, tenant, noticeId, change, actor));
    }

    @Override
    public List<Escalation> escalations(TenantId tenant, long afterId, int limit) {
        if (limit < 1 || limit > MAX_IDS) {
            throw new IllegalArgumentException("Invalid page limit " + limit + ": use 1 to " + MAX_IDS);
        }
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from DunningEscalationEntity where tenantId = :tenant and id > :after order by id",
                        DunningEscalationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList().stream().map(DunningMapping::escalation).toList());
    }

    private static DunningRunEntity requireRun(Session session, TenantId tenant, long runId) {
        DunningRunEntity row = session.find(DunningRunEntity.class, runId);
        if (row == null || !row.tenantId.equals(tenant.value())) {
            throw new de.debitum.api.store.NotFoundException("Dunning run " + runId + " not found for tenant " + tenant);
        }
        return row;
    }

    private static void requireIds(Collection<Long> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("Too many ids (" + ids.size() + "): pass at most " + MAX_IDS);
        }
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("Invalid actor '" + actor + "': name the user or component, 1 to 200 characters.");
        }
    }

    static <K, V> Map<K, List<V>> group(List<V> values, java.util.function.Function<V, K> key) {
        Map<K, List<V>> grouped = new LinkedHashMap<>();
        for (V value : values) {
            grouped.computeIfAbsent(key.apply(value), unused -> new ArrayList<>()).add(value);
        }
        return grouped;
    }
}
