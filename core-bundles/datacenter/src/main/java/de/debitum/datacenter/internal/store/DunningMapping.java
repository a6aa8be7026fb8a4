package de.debitum.datacenter.internal.store;

import java.util.Currency;
import java.util.List;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.DunningBlockKind;
import de.debitum.api.dunning.DunningRunRecord;
import de.debitum.api.dunning.Escalation;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.dunning.StoredNoticeItem;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.persistence.DunningBlockEntity;
import de.debitum.datacenter.internal.persistence.DunningEscalationEntity;
import de.debitum.datacenter.internal.persistence.DunningNoticeEntity;
import de.debitum.datacenter.internal.persistence.DunningNoticeItemEntity;
import de.debitum.datacenter.internal.persistence.DunningRunEntity;

/** Converts dunning rows to the API's records. */
final class DunningMapping {

    private DunningMapping() {
    }

    static DunningBlockEntry block(DunningBlockEntity row) {
        return new DunningBlockEntry(row.id, TenantId.of(row.tenantId), row.debtorId, row.documentId,
                DunningBlockKind.valueOf(row.kind), row.reason, row.validFrom, row.validUntil, row.createdBy,
                row.createdAt, row.liftedAt);
    }

    static DunningRunRecord run(DunningRunEntity row) {
        return new DunningRunRecord(row.id, TenantId.of(row.tenantId), row.runDate, row.trigger, row.actor,
                row.startedAt, row.finishedAt, row.notices, row.escalations, row.skipped);
    }

    static Escalation escalation(DunningEscalationEntity row) {
        return new Escalation(row.id, TenantId.of(row.tenantId), row.documentId, row.debtorId, row.runId,
                row.finalNoticeId, row.escalatedOn, row.state, row.createdAt);
    }

    static StoredNotice notice(DunningNoticeEntity row, List<DunningNoticeItemEntity> items) {
        Currency currency = Currency.getInstance(row.currency);
        return new StoredNotice(row.id, TenantId.of(row.tenantId), row.runId, row.debtorId, row.levelNumber,
                row.levelKind, row.templateKey, row.channel, row.noticeDate, row.paymentDeadline,
                NoticeStatus.valueOf(row.status), row.postponedUntil, Money.of(row.fee, currency),
                Money.of(row.flatFees, currency), Money.of(row.interest, currency), row.statusChangedBy,
                row.statusChangedAt, items.stream().map(DunningMapping::item).toList());
    }

    static StoredNoticeItem item(DunningNoticeItemEntity row) {
        Currency currency = Currency.getInstance(row.currency);
        return new StoredNoticeItem(row.id, row.documentId, row.documentNumber, row.issueDate, row.dueDate,
                row.levelNumber, row.levelKind, Money.of(row.openAmount, currency), Money.of(row.fee, currency),
                Money.of(row.flatFee, currency), Money.of(row.interest, currency), row.interestFrom, row.interestDays,
                row.note);
    }
}
