package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DunningLevel;

/**
 * One letter to one debtor listing all of its items that reach a level today.
 *
 * @param debtorId          the debtor
 * @param level             the highest level among the lines, which chooses template and channel
 * @param levelNumber       the Mahnstufe of that level
 * @param paymentDeadline   the latest deadline among the lines, so no item gets less time than its level gives
 * @param fee               the dunning fee of the letter: the highest line fee, charged once per letter
 * @param flatFees          the sum of the 40 EUR flat fees, one per item that owes it
 * @param interest          the sum of the lines' default interest
 * @param needsApproval     whether any line's level needs approval
 * @param lines             the items with their levels, by due date
 * @param otherOverdueItems items of the debtor that are overdue but not due for a new level today,
 *                          which the letter lists for information
 */
public record DunningNoticePlan(
        String debtorId,
        DunningLevel level,
        int levelNumber,
        LocalDate paymentDeadline,
        Money fee,
        Money flatFees,
        Money interest,
        boolean needsApproval,
        List<NoticeLine> lines,
        List<DunningItem> otherOverdueItems) {

    public DunningNoticePlan {
        Objects.requireNonNull(debtorId, "debtorId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(flatFees, "flatFees");
        Objects.requireNonNull(interest, "interest");
        lines = List.copyOf(lines);
        otherOverdueItems = List.copyOf(otherOverdueItems);
    }
}
