package de.debitum.dunning.internal.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.DunningRunRecord;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.dunning.EscalationDraft;
import de.debitum.api.dunning.NoticeDraft;
import de.debitum.api.dunning.NoticeHistoryEntry;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.SkipEntry;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.CoverageGap;
import de.debitum.api.store.CoverageService;
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.SourceCoverage;
import de.debitum.dunning.internal.calculation.DunningBlock;
import de.debitum.dunning.internal.calculation.DunningItem;
import de.debitum.dunning.internal.calculation.DunningRecord;
import de.debitum.dunning.internal.calculation.DunningRunPlan;
import de.debitum.dunning.internal.calculation.ItemDecision;
import de.debitum.dunning.internal.calculation.LevelDecision;
import de.debitum.dunning.internal.calculation.NextLevelCalculator;
import de.debitum.dunning.internal.calculation.NoticeGrouper;
import de.debitum.dunning.internal.calculation.SkipReason;
import de.debitum.dunning.policy.DunningLevelKind;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.PlannedEscalation;
import de.debitum.dunning.run.PlannedNotice;
import de.debitum.dunning.run.RunResult;
import de.debitum.dunning.run.SkippedItem;

/**
 * One run or preview of one tenant on one day. It pages through the overdue open items by debtor,
 * so that a page contains all items of its debtors and one letter per debtor can be built. For each
 * page it applies the guards (payment data complete, no open matching suggestion, no unallocated
 * payments, document confirmed,
 * no pending notice, not escalated), lets {@link NextLevelCalculator} decide the rest and
 * {@link NoticeGrouper} group the notices, and in a real run stores the page in one transaction.
 */
final class DunningRunner {

    /** Debtors per page; a page's items are all items of these debtors. */
    static final int DEBTORS_PER_PAGE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DunningRunner.class);

    private final RunContext context;
    private final TenantId tenant;
    private final LocalDate runDate;
    private final NextLevelCalculator calculator;
    private final NoticeGrouper grouper;
    private final PaymentGuard paymentGuard;
    private final NoticeDrafts drafts;

    private final List<PlannedNotice> notices = new ArrayList<>();
    private final List<PlannedEscalation> escalations = new ArrayList<>();
    private final List<SkippedItem> skipped = new ArrayList<>();
    private int itemsChecked;
    private int noticeCount;
    private int escalationCount;
    private int skipCount;

    DunningRunner(RunContext context, TenantId tenant, LocalDate runDate, DunningPolicy policy, boolean autoSend) {
        this.context = context;
        this.tenant = tenant;
        this.runDate = runDate;
        Clock clock = Clock.fixed(runDate.atTime(12, 0).atZone(NextLevelCalculator.BERLIN).toInstant(),
                NextLevelCalculator.BERLIN);
        this.calculator = new NextLevelCalculator(policy, context.deadlines(), clock);
        this.grouper = new NoticeGrouper(context.interestCalculator());
        this.paymentGuard = PaymentGuard.load(context.coverage(), tenant, runDate);
        this.drafts = new NoticeDrafts(runDate, autoSend);
    }

    /** Computes the run; stores it unless {@code run} is null. */
    RunResult execute(DunningRunRecord run, String actor) {
        long afterDebtor = 0;
        while (true) {
            List<OpenItem> page = context.allocations().overdueOpenItems(tenant, runDate, afterDebtor, DEBTORS_PER_PAGE);
            if (page.isEmpty()) {
                break;
            }
            afterDebtor = page.get(page.size() - 1).debtorId();
            processPage(page, run, actor);
        }
        Long runId = null;
        if (run != null) {
            context.store().finishRun(tenant, run.id(), noticeCount, escalationCount, skipCount);
            runId = run.id();
            LOG.info("Dunning run {} of tenant {} for {} finished: {} items checked, {} notices, {} escalations, {} skipped",
                    run.id(), tenant, runDate, itemsChecked, noticeCount, escalationCount, skipCount);
        }
        return new RunResult(tenant, runDate, runId, itemsChecked, noticeCount, escalationCount, skipCount, notices,
                escalations, skipped);
    }

    private void processPage(List<OpenItem> page, DunningRunRecord run, String actor) {
        itemsChecked += page.size();
        PageData data = PageData.load(context, tenant, page);

        List<ItemDecision> decisions = new ArrayList<>(page.size());
        for (OpenItem item : page) {
            Debtor debtor = data.debtors().get(item.debtorId());
            DunningItem dunningItem = DunningItems.of(item, debtor);
            List<NoticeHistoryEntry> history = data.history().getOrDefault(item.documentId(), List.of());
            Optional<LevelDecision.Skip> guard = guard(item, history, data);
            LevelDecision decision = guard.isPresent() ? guard.get()
                    : calculator.decide(dunningItem, records(history), blocks(item, debtor, data.blocks()));
            decisions.add(new ItemDecision(dunningItem, decision));
        }
        DunningRunPlan plan = grouper.group(decisions, runDate);

        List<NoticeDraft> noticeDrafts = plan.notices().stream().map(notice -> drafts.draft(notice, data.items())).toList();
        List<EscalationDraft> escalationDrafts = plan.escalations().stream()
                .map(decision -> escalationDraft(decision, data))
                .toList();
        List<SkipEntry> skipEntries = plan.skips().stream().map(decision -> skipEntry(decision)).toList();

        List<StoredNotice> stored = run == null ? List.of()
                : context.store().recordPage(tenant, run.id(), noticeDrafts, escalationDrafts,
                        skipEntries.stream().filter(DunningRunner::isAudited).toList(), actor);
        collect(noticeDrafts, stored, escalationDrafts, plan, data);
    }

    /**
     * Checks what the calculator cannot know: payment data, open matching suggestions,
     * unallocated money, the document's source and earlier notices.
     */
    private Optional<LevelDecision.Skip> guard(OpenItem item, List<NoticeHistoryEntry> history, PageData data) {
        if (data.escalated().contains(item.documentId())) {
            return skip(SkipReason.ESCALATED, null);
        }
        boolean remindedToday = history.stream()
                .anyMatch(entry -> entry.status().countsAsReminder() && !entry.noticeDate().isBefore(runDate));
        if (remindedToday) {
            // The calculator reports this one, so that a rerun names the same reason as the first run.
            return Optional.empty();
        }
        if (history.stream().anyMatch(entry -> entry.status() == NoticeStatus.AWAITING_APPROVAL
                || entry.status() == NoticeStatus.POSTPONED || entry.status() == NoticeStatus.APPROVED)) {
            return skip(SkipReason.NOTICE_PENDING, null);
        }
        Optional<LevelDecision.Skip> payments = paymentGuard.check(item);
        if (payments.isPresent()) {
            return payments;
        }
        if (data.suggested().contains(item.documentId())) {
            return skip(SkipReason.MATCHING_SUGGESTION_OPEN, null);
        }
        if (data.unallocatedDebtors().contains(item.debtorId())) {
            return skip(SkipReason.UNALLOCATED_PAYMENTS, null);
        }
        if (data.unconfirmed().contains(item.documentId())) {
            return skip(SkipReason.UNCONFIRMED_SOURCE, null);
        }
        return Optional.empty();
    }

    static Optional<LevelDecision.Skip> skip(SkipReason reason, LocalDate date) {
        return Optional.of(new LevelDecision.Skip(reason, Optional.ofNullable(date), Optional.empty()));
    }

    /**
     * Turns the notices that count as sent into the calculator's history.
     *
     * <p>NOTE: a notice counts as sent on its notice date even when it was approved or handed to
     * output days later, so its deadline and the next level's delay run from the run date. A clerk
     * who approves late can move the deadline with an edit.
     */
    private static List<DunningRecord> records(List<NoticeHistoryEntry> history) {
        List<DunningRecord> records = new ArrayList<>(history.size());
        for (NoticeHistoryEntry entry : history) {
            if (entry.status().countsAsReminder()) {
                records.add(new DunningRecord(DunningLevelKind.valueOf(entry.levelKind()), entry.noticeDate(),
                        Optional.empty(), Optional.of(entry.paymentDeadline()), entry.fee(), entry.flatFee().signum() > 0));
            }
        }
        return records;
    }

    private static List<DunningBlock> blocks(OpenItem item, Debtor debtor, Map<Long, List<DunningBlockEntry>> stored) {
        List<DunningBlock> blocks = new ArrayList<>();
        String debtorId = String.valueOf(item.debtorId());
        for (DunningBlockEntry entry : stored.getOrDefault(item.debtorId(), List.of())) {
            blocks.add(new DunningBlock(debtorId,
                    Optional.ofNullable(entry.documentId()).map(String::valueOf),
                    DunningItems.blockKind(entry.kind()), entry.reason(), entry.from(), Optional.ofNullable(entry.until())));
        }
        if (debtor != null && debtor.dunningBlock() != null) {
            // The block on the debtor's master record has no start date: it applies until its end.
            blocks.add(new DunningBlock(debtorId, Optional.empty(), de.debitum.dunning.internal.calculation.BlockKind.OTHER,
                    debtor.dunningBlock().reason(), LocalDate.MIN, Optional.ofNullable(debtor.dunningBlock().until())));
        }
        return blocks;
    }

    private EscalationDraft escalationDraft(ItemDecision decision, PageData data) {
        long documentId = Long.parseLong(decision.item().itemId());
        List<NoticeHistoryEntry> history = data.history().getOrDefault(documentId, List.of());
        NoticeHistoryEntry last = history.stream()
                .filter(entry -> entry.status().countsAsReminder())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Escalation of document " + documentId + " without a notice"));
        return new EscalationDraft(documentId, Long.parseLong(decision.item().debtorId()), last.noticeId(),
                "Final notice " + last.noticeId() + " of " + last.noticeDate() + " ran out on " + last.paymentDeadline()
                        + "; the claim moves to collections after " + history.size() + " notices");
    }

    private static SkipEntry skipEntry(ItemDecision decision) {
        LevelDecision.Skip skip = (LevelDecision.Skip) decision.decision();
        return new SkipEntry(Long.parseLong(decision.item().itemId()), Long.parseLong(decision.item().debtorId()),
                skip.reason().name(), skip.messageEn());
    }

    /**
     * Returns whether a skip becomes an audit event. A rerun on the same day and items already in
     * collections are left out, so that neither adds a row per item and day.
     */
    private static boolean isAudited(SkipEntry skip) {
        return !skip.reasonCode().equals(SkipReason.ALREADY_DUNNED_TODAY.name())
                && !skip.reasonCode().equals(SkipReason.ESCALATED.name());
    }

    private void collect(List<NoticeDraft> noticeDrafts, List<StoredNotice> stored, List<EscalationDraft> escalationDrafts,
            DunningRunPlan plan, PageData data) {
        for (int i = 0; i < noticeDrafts.size(); i++) {
            NoticeDraft draft = noticeDrafts.get(i);
            noticeCount++;
            if (notices.size() < DunningRunService.MAX_LISTED) {
                Debtor debtor = data.debtors().get(draft.debtorId());
                notices.add(new PlannedNotice(stored.isEmpty() ? null : stored.get(i).id(),
                        debtor == null ? "" : debtor.data().name(), draft));
            }
        }
        for (EscalationDraft draft : escalationDrafts) {
            escalationCount++;
            if (escalations.size() < DunningRunService.MAX_LISTED) {
                escalations.add(new PlannedEscalation(draft.documentId(), data.items().get(draft.documentId()).number(),
                        draft.debtorId(), draft.finalNoticeId()));
            }
        }
        for (ItemDecision decision : plan.skips()) {
            skipCount++;
            if (skipped.size() < DunningRunService.MAX_LISTED) {
                LevelDecision.Skip skip = (LevelDecision.Skip) decision.decision();
                long documentId = Long.parseLong(decision.item().itemId());
                skipped.add(new SkippedItem(documentId, data.items().get(documentId).number(),
                        Long.parseLong(decision.item().debtorId()), skip.reason().name(), skip.messageDe(), skip.messageEn()));
            }
        }
    }

    /** Returns the ids of the payment sources, the sources that declared coverage of payments. */
    static Set<String> paymentSources(List<SourceCoverage> coverage) {
        return coverage.stream()
                .filter(each -> each.kind() == DataKind.PAYMENTS)
                .map(SourceCoverage::source)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The payment-data guard: no payment source at all, or a gap in a source's payment data. */
    record PaymentGuard(boolean noPaymentSource, List<CoverageGap> gaps, LocalDate lastDay) {

        static PaymentGuard load(CoverageService coverage, TenantId tenant, LocalDate runDate) {
            Set<String> sources = paymentSources(coverage.coverage(tenant));
            List<CoverageGap> gaps = sources.isEmpty() ? List.of() : coverage.gaps(tenant, sources);
            return new PaymentGuard(sources.isEmpty(), gaps, runDate.minusDays(1));
        }

        /**
         * Skips the item when a payment for it could be missing: payment data must be complete from
         * its issue date up to the day before the run.
         */
        Optional<LevelDecision.Skip> check(OpenItem item) {
            if (noPaymentSource) {
                return skip(SkipReason.NO_PAYMENT_DATA, null);
            }
            for (CoverageGap gap : gaps) {
                if (!gap.from().isAfter(lastDay) && !gap.to().isBefore(item.issueDate())) {
                    LocalDate from = gap.from().isBefore(item.issueDate()) ? item.issueDate() : gap.from();
                    return skip(SkipReason.COVERAGE_GAP, from);
                }
            }
            return Optional.empty();
        }
    }

    /** Keeps the id-to-row maps of one page small enough for the store's id limits. */
    static <T> List<List<T>> chunks(List<T> values, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += size) {
            chunks.add(values.subList(i, Math.min(values.size(), i + size)));
        }
        return chunks;
    }

    static <K, V> Map<K, V> index(List<V> values, java.util.function.Function<V, K> key) {
        Map<K, V> map = new HashMap<>();
        for (V value : values) {
            map.put(key.apply(value), value);
        }
        return map;
    }
}
