package de.debitum.rest.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.NoticeDraft;
import de.debitum.api.dunning.NoticeItemDraft;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.dunning.StoredNoticeItem;
import de.debitum.api.money.Money;
import de.debitum.dunning.run.PlannedEscalation;
import de.debitum.dunning.run.PlannedNotice;
import de.debitum.dunning.run.RunResult;
import de.debitum.dunning.run.SkippedItem;
import de.debitum.rest.internal.http.Json;

/** The JSON views of dunning runs, notices and blocks. Statuses are written in lower case. */
final class DunningViews {

    private DunningViews() {
    }

    static Map<String, Object> result(RunResult result) {
        List<Object> notices = new ArrayList<>();
        for (PlannedNotice planned : result.notices()) {
            notices.add(plannedNotice(planned));
        }
        List<Object> escalations = new ArrayList<>();
        for (PlannedEscalation escalation : result.escalations()) {
            escalations.add(Json.object("documentId", escalation.documentId(),
                    "documentNumber", escalation.documentNumber(), "debtorId", escalation.debtorId(),
                    "finalNoticeId", escalation.finalNoticeId()));
        }
        List<Object> skipped = new ArrayList<>();
        for (SkippedItem skip : result.skipped()) {
            skipped.add(Json.object("documentId", skip.documentId(), "documentNumber", skip.documentNumber(),
                    "debtorId", skip.debtorId(), "reasonCode", skip.reasonCode(), "messageDe", skip.messageDe(),
                    "messageEn", skip.messageEn()));
        }
        return Json.object("runId", result.runId(), "preview", result.isPreview(),
                "runDate", result.runDate().toString(), "itemsChecked", result.itemsChecked(),
                "noticeCount", result.noticeCount(), "escalationCount", result.escalationCount(),
                "skipCount", result.skipCount(), "notices", notices, "escalations", escalations, "skipped", skipped);
    }

    private static Map<String, Object> plannedNotice(PlannedNotice planned) {
        NoticeDraft notice = planned.notice();
        List<Object> items = new ArrayList<>();
        Money total = notice.fee().plus(notice.flatFees()).plus(notice.interest());
        for (NoticeItemDraft item : notice.items()) {
            total = total.plus(item.openAmount());
            items.add(item(item.documentId(), item.documentNumber(), item.dueDate(), item.openAmount(), item.fee(),
                    item.flatFee(), item.interest(), item.interestDays(), item.note()));
        }
        return Json.object("noticeId", planned.noticeId(), "debtorId", notice.debtorId(),
                "debtorName", planned.debtorName(), "levelNumber", notice.levelNumber(),
                "levelKind", notice.levelKind(), "channel", notice.channel(),
                "noticeDate", notice.noticeDate().toString(), "paymentDeadline", notice.paymentDeadline().toString(),
                "status", status(notice.status().name()), "currency", notice.fee().currency().getCurrencyCode(),
                "fee", amount(notice.fee()), "flatFees", amount(notice.flatFees()), "interest", amount(notice.interest()),
                "total", amount(total), "items", items);
    }

    static Map<String, Object> notice(StoredNotice notice, String debtorName) {
        List<Object> items = new ArrayList<>();
        for (StoredNoticeItem item : notice.items()) {
            items.add(item(item.documentId(), item.documentNumber(), item.dueDate(), item.openAmount(), item.fee(),
                    item.flatFee(), item.interest(), item.interestDays(), item.note()));
        }
        return Json.object("id", notice.id(), "runId", notice.runId(), "debtorId", notice.debtorId(),
                "debtorName", debtorName, "levelNumber", notice.levelNumber(), "levelKind", notice.levelKind(),
                "channel", notice.channel(), "noticeDate", notice.noticeDate().toString(),
                "paymentDeadline", notice.paymentDeadline().toString(), "status", status(notice.status().name()),
                "postponedUntil", text(notice.postponedUntil()), "currency", notice.fee().currency().getCurrencyCode(),
                "fee", amount(notice.fee()), "flatFees", amount(notice.flatFees()), "interest", amount(notice.interest()),
                "total", amount(notice.total()), "statusChangedBy", notice.statusChangedBy(),
                "statusChangedAt", notice.statusChangedAt() == null ? null : notice.statusChangedAt().toString(),
                "items", items);
    }

    private static Map<String, Object> item(long documentId, String number, LocalDate dueDate, Money open, Money fee,
            Money flatFee, Money interest, int interestDays, String note) {
        return Json.object("documentId", documentId, "documentNumber", number, "dueDate", text(dueDate),
                "openAmount", amount(open), "fee", amount(fee), "flatFee", amount(flatFee),
                "interest", amount(interest), "interestDays", interestDays, "note", note);
    }

    static Map<String, Object> block(DunningBlockEntry block, String debtorName, String documentNumber) {
        return Json.object("id", block.id(), "debtorId", block.debtorId(), "debtorName", debtorName,
                "documentId", block.documentId(), "documentNumber", documentNumber,
                "kind", block.kind().name(), "reason", block.reason(), "from", block.from().toString(),
                "until", text(block.until()), "createdBy", block.createdBy(),
                "createdAt", block.createdAt() == null ? null : block.createdAt().toString(),
                "lifted", block.liftedAt() != null);
    }

    private static String status(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String amount(Money money) {
        return Json.amount(money.amount());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
