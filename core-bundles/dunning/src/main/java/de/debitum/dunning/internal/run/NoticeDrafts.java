package de.debitum.dunning.internal.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.debitum.api.dunning.NoticeDraft;
import de.debitum.api.dunning.NoticeItemDraft;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.model.OpenItem;
import de.debitum.api.money.Money;
import de.debitum.dunning.internal.calculation.DunningNoticePlan;
import de.debitum.dunning.internal.calculation.InterestCalculation;
import de.debitum.dunning.internal.calculation.InterestPeriod;
import de.debitum.dunning.internal.calculation.NoticeLine;

/** Turns the grouper's notice plans into drafts for the store. */
final class NoticeDrafts {

    private final LocalDate runDate;
    private final boolean autoSend;

    NoticeDrafts(LocalDate runDate, boolean autoSend) {
        this.runDate = runDate;
        this.autoSend = autoSend;
    }

    /**
     * Builds the draft of a plan. The letter's fee is charged once, on the first line whose level
     * has that fee, so that the items' fees add up to the letter's fee. A notice goes straight to
     * output only when automatic sending is on and none of its levels needs approval.
     */
    NoticeDraft draft(DunningNoticePlan plan, Map<Long, OpenItem> items) {
        Money zero = Money.zero(plan.fee().currency());
        boolean feeCharged = false;
        List<NoticeItemDraft> lines = new ArrayList<>(plan.lines().size());
        for (NoticeLine line : plan.lines()) {
            long documentId = Long.parseLong(line.item().itemId());
            OpenItem item = items.get(documentId);
            Money fee = zero;
            if (!feeCharged && plan.fee().signum() > 0 && line.decision().charges().fee().equals(plan.fee())) {
                fee = plan.fee();
                feeCharged = true;
            }
            Money interest = line.interest().map(InterestCalculation::total).orElse(Money.zero(item.open().currency()));
            List<InterestPeriod> periods = line.interest().map(InterestCalculation::periods).orElse(List.of());
            LocalDate interestFrom = periods.isEmpty() ? null : periods.get(0).from();
            int days = (int) periods.stream().mapToLong(InterestPeriod::days).sum();
            lines.add(new NoticeItemDraft(documentId, item.number(), item.issueDate(), item.dueDate(),
                    line.decision().levelNumber(), line.decision().level().kind().name(), item.open(), fee,
                    line.decision().charges().flatFee(), interest, interestFrom, days,
                    line.interestNotCalculated().orElse(null)));
        }
        NoticeStatus status = autoSend && !plan.needsApproval() ? NoticeStatus.APPROVED : NoticeStatus.AWAITING_APPROVAL;
        return new NoticeDraft(Long.parseLong(plan.debtorId()), plan.levelNumber(), plan.level().kind().name(),
                plan.level().templateKey(), plan.level().channel().name(), runDate, plan.paymentDeadline(), status,
                plan.fee(), plan.flatFees(), plan.interest(), lines);
    }
}
