package de.debitum.ui.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the hub's dunning endpoints, as docs/api.md describes them. */
public final class DunningModel {

    private DunningModel() {
    }

    /** A preview or a run; {@code runId} is null for a preview. */
    public record RunResult(Long runId, boolean preview, LocalDate runDate, int itemsChecked, int noticeCount,
            int escalationCount, int skipCount, List<PlannedNotice> notices, List<Skip> skipped) {
    }

    /** A notice a run creates or would create; {@code noticeId} is null in a preview. */
    public record PlannedNotice(Long noticeId, long debtorId, String debtorName, int levelNumber, String levelKind,
            LocalDate paymentDeadline, String status, String currency, BigDecimal total, List<Item> items) {
    }

    /** One document listed on a notice. */
    public record Item(long documentId, String documentNumber, LocalDate dueDate, BigDecimal openAmount) {
    }

    /** An overdue document a run leaves alone, with the reason in German and English. */
    public record Skip(long documentId, String documentNumber, long debtorId, String reasonCode, String messageDe,
            String messageEn) {
    }

    /** A stored notice. */
    public record Notice(long id, long debtorId, String debtorName, int levelNumber, String levelKind,
            LocalDate noticeDate, LocalDate paymentDeadline, String status, LocalDate postponedUntil, String currency,
            BigDecimal total, List<Item> items) {
    }

    /** A page of notices; {@code next} is null on the last page. */
    public record NoticePage(List<Notice> items, Long next) {
    }

    /** A dunning block of a debtor, or of one document when {@code documentId} is set. */
    public record Block(long id, long debtorId, String debtorName, Long documentId, String documentNumber, String kind,
            String reason, LocalDate from, LocalDate until) {
    }

    /** A page of blocks; {@code next} is null on the last page. */
    public record BlockPage(List<Block> items, Long next) {
    }

    /** A new block; {@code documentId}, {@code from} and {@code until} may be null. */
    public record NewBlock(long debtorId, Long documentId, String kind, String reason, LocalDate from, LocalDate until) {
    }

    /** The tenant's dunning policy and the automatic-sending switch. */
    public record Policy(String currency, List<Level> levels, BigDecimal minimumOpenAmount, int minimumDaysOverdue,
            int graceDays, boolean businessFlatFeeEnabled, int escalationDaysAfterFinalLevel, boolean autoSend,
            List<Warning> warnings) {
    }

    /** One level (Mahnstufe) of a policy; {@code name} and {@code nameEn} are for display only. */
    public record Level(String kind, String name, String nameEn, String delayBasis, int delayDays, int paymentTermDays,
            BigDecimal fee, String templateKey, String channel, boolean needsApproval) {
    }

    /** A problem of a saved policy that does not stop it from working. */
    public record Warning(String field, String messageDe, String messageEn) {
    }
}
