package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Session;

import de.debitum.api.dunning.EscalationDraft;
import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.NoticeDraft;
import de.debitum.api.dunning.NoticeHistoryEntry;
import de.debitum.api.dunning.NoticeItemDraft;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.SkipEntry;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.DunningEscalationEntity;
import de.debitum.datacenter.internal.persistence.DunningNoticeEntity;
import de.debitum.datacenter.internal.persistence.DunningNoticeItemEntity;
import de.debitum.datacenter.internal.persistence.DunningRunEntity;

/** Runs, notices and escalations inside the caller's session. */
final class DunningNoticeRows {

    /** The state of an escalated claim until a later step hands it to an agency. */
    static final String COLLECTIONS = "COLLECTIONS";

    private final DatacenterPersistence persistence;

    DunningNoticeRows(DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    List<StoredNotice> recordPage(Session session, TenantId tenant, DunningRunEntity run, List<NoticeDraft> drafts,
            List<EscalationDraft> escalations, List<SkipEntry> skips, String actor) {
        Instant now = persistence.database().clock().instant();
        List<StoredNotice> stored = new ArrayList<>(drafts.size());
        for (NoticeDraft draft : drafts) {
            stored.add(insertNotice(session, tenant, run, draft, actor, now));
        }

        Set<Long> finalNotices = new HashSet<>();
        for (EscalationDraft draft : escalations) {
            Rows.requireDocument(session, tenant, draft.documentId());
            DunningEscalationEntity row = new DunningEscalationEntity();
            row.tenantId = tenant.value();
            row.documentId = draft.documentId();
            row.debtorId = draft.debtorId();
            row.runId = run.id;
            row.finalNoticeId = draft.finalNoticeId();
            row.escalatedOn = run.runDate;
            row.state = COLLECTIONS;
            row.createdAt = now;
            session.persist(row);
            finalNotices.add(draft.finalNoticeId());
            AuditLog.append(session, tenant.value(), now, AuditEventType.ESCALATED, "document",
                    String.valueOf(draft.documentId()), draft.debtorId(), draft.documentId(), actor, draft.details());
        }
        for (Long noticeId : finalNotices) {
            DunningNoticeEntity notice = session.find(DunningNoticeEntity.class, noticeId);
            if (notice != null && notice.tenantId.equals(tenant.value())
                    && NoticeStatus.HANDED_TO_OUTPUT.name().equals(notice.status)) {
                notice.status = NoticeStatus.ESCALATED.name();
                notice.statusChangedAt = now;
                notice.statusChangedBy = actor;
            }
        }

        for (SkipEntry skip : skips) {
            AuditLog.append(session, tenant.value(), now, AuditEventType.DUNNING_SKIPPED, "document",
                    String.valueOf(skip.documentId()), skip.debtorId(), skip.documentId(), actor,
                    "Run " + run.id + " of " + run.runDate + " skipped the document (" + skip.reasonCode() + "): "
                            + skip.reason());
        }
        return stored;
    }

    private StoredNotice insertNotice(Session session, TenantId tenant, DunningRunEntity run, NoticeDraft draft,
            String actor, Instant now) {
        Currency currency = draft.fee().currency();
        DunningNoticeEntity notice = new DunningNoticeEntity();
        notice.tenantId = tenant.value();
        notice.runId = run.id;
        notice.debtorId = draft.debtorId();
        notice.levelNumber = draft.levelNumber();
        notice.levelKind = draft.levelKind();
        notice.templateKey = draft.templateKey();
        notice.channel = draft.channel();
        notice.noticeDate = draft.noticeDate();
        notice.paymentDeadline = draft.paymentDeadline();
        notice.status = draft.status().name();
        notice.currency = currency.getCurrencyCode();
        notice.fee = draft.fee().amount();
        notice.flatFees = draft.flatFees().amount();
        notice.interest = draft.interest().amount();
        notice.statusChangedBy = actor;
        notice.statusChangedAt = now;
        session.persist(notice);

        List<DunningNoticeItemEntity> items = new ArrayList<>(draft.items().size());
        for (NoticeItemDraft item : draft.items()) {
            items.add(insertItem(session, tenant, notice, item, actor, now));
        }
        return DunningMapping.notice(notice, items);
    }

    private static DunningNoticeItemEntity insertItem(Session session, TenantId tenant, DunningNoticeEntity notice,
            NoticeItemDraft item, String actor, Instant now) {
        DunningNoticeItemEntity row = new DunningNoticeItemEntity();
        row.tenantId = tenant.value();
        row.noticeId = notice.id;
        row.documentId = item.documentId();
        row.documentNumber = item.documentNumber();
        row.issueDate = item.issueDate();
        row.dueDate = item.dueDate();
        row.levelNumber = item.levelNumber();
        row.levelKind = item.levelKind();
        row.currency = item.openAmount().currency().getCurrencyCode();
        row.openAmount = item.openAmount().amount();
        row.fee = item.fee().amount();
        row.flatFee = item.flatFee().amount();
        row.interest = item.interest().amount();
        row.interestFrom = item.interestFrom();
        row.interestDays = item.interestDays();
        row.note = item.note() != null && item.note().length() > 500 ? item.note().substring(0, 500) : item.note();
        session.persist(row);

        String subject = String.valueOf(notice.id);
        AuditLog.append(session, tenant.value(), now, AuditEventType.REMINDED, "notice", subject, notice.debtorId,
                item.documentId(), actor, "Notice " + notice.id + " (" + item.levelKind() + ", level " + item.levelNumber()
                        + ", " + notice.status + ") lists " + item.documentNumber() + " with " + item.openAmount()
                        + " open, deadline " + notice.paymentDeadline);
        if (item.fee().signum() > 0 || item.flatFee().signum() > 0) {
            AuditLog.append(session, tenant.value(), now, AuditEventType.FEE_CHARGED, "notice", subject, notice.debtorId,
                    item.documentId(), actor, "Notice " + notice.id + " charges dunning fee " + item.fee()
                            + " and flat fee " + item.flatFee() + " on " + item.documentNumber());
        }
        if (item.interest().signum() > 0) {
            AuditLog.append(session, tenant.value(), now, AuditEventType.INTEREST_CHARGED, "notice", subject,
                    notice.debtorId, item.documentId(), actor, "Notice " + notice.id + " claims default interest "
                            + item.interest() + " on " + item.documentNumber() + " for " + item.interestDays()
                            + " days from " + item.interestFrom());
        }
        return row;
    }

    Map<Long, List<NoticeHistoryEntry>> history(Session session, TenantId tenant, Collection<Long> documentIds) {
        List<Object[]> rows = session.createSelectionQuery(
                        "select i.documentId, n.id, i.levelNumber, i.levelKind, n.noticeDate, n.paymentDeadline, n.status,"
                                + " i.fee, i.flatFee, i.currency from DunningNoticeItemEntity i"
                                + " join DunningNoticeEntity n on n.id = i.noticeId"
                                + " where i.tenantId = :tenant and i.documentId in (:ids) order by n.noticeDate, n.id",
                        Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", documentIds)
                .getResultList();
        List<NoticeHistoryEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Currency currency = Currency.getInstance((String) row[9]);
            entries.add(new NoticeHistoryEntry((Long) row[0], (Long) row[1], (Integer) row[2], (String) row[3],
                    (LocalDate) row[4], (LocalDate) row[5], NoticeStatus.valueOf((String) row[6]),
                    Money.of((BigDecimal) row[7], currency), Money.of((BigDecimal) row[8], currency)));
        }
        return DefaultDunningStore.group(entries, NoticeHistoryEntry::documentId);
    }

    Optional<StoredNotice> find(Session session, TenantId tenant, long noticeId) {
        DunningNoticeEntity row = session.find(DunningNoticeEntity.class, noticeId);
        if (row == null || !row.tenantId.equals(tenant.value())) {
            return Optional.empty();
        }
        return Optional.of(DunningMapping.notice(row, items(session, List.of(row.id)).getOrDefault(row.id, List.of())));
    }

    List<StoredNotice> list(Session session, TenantId tenant, Set<NoticeStatus> statuses, long afterId, int limit) {
        List<DunningNoticeEntity> rows = session.createSelectionQuery(
                        "from DunningNoticeEntity where tenantId = :tenant and status in (:statuses) and id > :after"
                                + " order by id", DunningNoticeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DunningNoticeItemEntity>> items = items(session, rows.stream().map(row -> row.id).toList());
        return rows.stream().map(row -> DunningMapping.notice(row, items.getOrDefault(row.id, List.of()))).toList();
    }

    private static Map<Long, List<DunningNoticeItemEntity>> items(Session session, List<Long> noticeIds) {
        List<DunningNoticeItemEntity> rows = session.createSelectionQuery(
                        "from DunningNoticeItemEntity where noticeId in (:ids) order by noticeId, dueDate, id",
                        DunningNoticeItemEntity.class)
                .setParameter("ids", noticeIds)
                .getResultList();
        return DefaultDunningStore.group(rows, row -> row.noticeId);
    }

    StoredNotice changeStatus(Session session, TenantId tenant, long noticeId, NoticeStatus target,
            LocalDate postponedUntil, String actor) {
        DunningNoticeEntity row = require(session, tenant, noticeId);
        NoticeStatus current = NoticeStatus.valueOf(row.status);
        if (!allowed(current, target)) {
            throw new IllegalStateException("Mahnung " + noticeId + " ist " + current + " und kann nicht " + target
                    + " werden. / Notice " + noticeId + " is " + current + " and cannot become " + target + ".");
        }
        if (target == NoticeStatus.POSTPONED && (postponedUntil == null || !postponedUntil.isAfter(row.noticeDate))) {
            throw new IllegalArgumentException("Zurückstellen braucht ein Datum nach dem " + row.noticeDate
                    + ". / Postponing needs a date after " + row.noticeDate + ", got " + postponedUntil + ".");
        }
        Instant now = persistence.database().clock().instant();
        row.status = target.name();
        row.postponedUntil = target == NoticeStatus.POSTPONED ? postponedUntil : null;
        row.statusChangedBy = actor;
        row.statusChangedAt = now;
        if (target == NoticeStatus.HANDED_TO_OUTPUT) {
            row.handedOverAt = now;
        }
        AuditEventType type = target == NoticeStatus.HANDED_TO_OUTPUT ? AuditEventType.HANDED_OVER : AuditEventType.UPDATED;
        List<DunningNoticeItemEntity> items = items(session, List.of(row.id)).getOrDefault(row.id, List.of());
        for (DunningNoticeItemEntity item : items) {
            AuditLog.append(session, tenant.value(), now, type, "notice", String.valueOf(row.id), row.debtorId,
                    item.documentId, actor, "Notice " + row.id + " " + current + " -> " + target
                            + (target == NoticeStatus.POSTPONED ? " until " + postponedUntil : ""));
        }
        return DunningMapping.notice(row, items);
    }

    private static boolean allowed(NoticeStatus from, NoticeStatus to) {
        return switch (from) {
            case AWAITING_APPROVAL, POSTPONED ->
                    to == NoticeStatus.APPROVED || to == NoticeStatus.POSTPONED || to == NoticeStatus.CANCELLED;
            case APPROVED ->
                    to == NoticeStatus.POSTPONED || to == NoticeStatus.CANCELLED || to == NoticeStatus.HANDED_TO_OUTPUT;
            case CANCELLED, HANDED_TO_OUTPUT, ESCALATED -> false;
        };
    }

    StoredNotice edit(Session session, TenantId tenant, long noticeId, NoticeChange change, String actor) {
        DunningNoticeEntity row = require(session, tenant, noticeId);
        NoticeStatus current = NoticeStatus.valueOf(row.status);
        if (!current.isOpenForReview()) {
            throw new IllegalStateException("Mahnung " + noticeId + " ist " + current + " und kann nicht mehr geändert"
                    + " werden. / Notice " + noticeId + " is " + current + " and can no longer be edited.");
        }
        List<DunningNoticeItemEntity> items = items(session, List.of(row.id)).getOrDefault(row.id, List.of());
        List<String> changes = new ArrayList<>();
        if (change.paymentDeadline() != null) {
            if (change.paymentDeadline().isBefore(row.noticeDate)) {
                throw new IllegalArgumentException("Die Zahlungsfrist " + change.paymentDeadline() + " liegt vor dem"
                        + " Mahndatum " + row.noticeDate + ". / The deadline " + change.paymentDeadline()
                        + " is before the notice date " + row.noticeDate + ".");
            }
            changes.add("deadline " + row.paymentDeadline + " -> " + change.paymentDeadline());
            row.paymentDeadline = change.paymentDeadline();
        }
        if (change.fee() != null) {
            editFee(row, items, change.fee(), changes);
        }
        if (change.dropInterest() && row.interest.signum() != 0) {
            changes.add("interest " + row.interest + " -> 0");
            row.interest = BigDecimal.ZERO.setScale(2);
            for (DunningNoticeItemEntity item : items) {
                item.interest = BigDecimal.ZERO.setScale(2);
                item.interestDays = 0;
                item.interestFrom = null;
            }
        }
        Instant now = persistence.database().clock().instant();
        for (DunningNoticeItemEntity item : items) {
            AuditLog.append(session, tenant.value(), now, AuditEventType.UPDATED, "notice", String.valueOf(row.id),
                    row.debtorId, item.documentId, actor, "Notice " + row.id + " edited: "
                            + (changes.isEmpty() ? "nothing changed" : String.join(", ", changes)));
        }
        return DunningMapping.notice(row, items);
    }

    /** Sets the letter's fee, charged on its first item as a run charges it, and clears the others. */
    private static void editFee(DunningNoticeEntity row, List<DunningNoticeItemEntity> items, Money fee,
            List<String> changes) {
        if (fee.signum() < 0 || !fee.currency().getCurrencyCode().equals(row.currency)) {
            throw new IllegalArgumentException("Die Mahngebühr " + fee + " ist ungültig: 0 oder mehr in " + row.currency
                    + ". / The fee " + fee + " is invalid: use 0 or more in " + row.currency + ".");
        }
        changes.add("fee " + row.fee + " -> " + fee.amount());
        row.fee = fee.amount();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).fee = i == 0 ? fee.amount() : BigDecimal.ZERO.setScale(2);
        }
    }

    private static DunningNoticeEntity require(Session session, TenantId tenant, long noticeId) {
        DunningNoticeEntity row = session.find(DunningNoticeEntity.class, noticeId);
        if (row == null || !row.tenantId.equals(tenant.value())) {
            throw new NotFoundException("Mahnung " + noticeId + " gibt es für Mandant " + tenant + " nicht. / Notice "
                    + noticeId + " not found for tenant " + tenant + ".");
        }
        return row;
    }
}
