package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.debitum.api.money.Money;

/**
 * Groups the decisions of one run into one notice per debtor (and currency), listing all of the
 * debtor's items that reach a level today, and adds default interest per item.
 *
 * <p>The dunning fee is the creditor's cost of one letter, so a letter charges it once: the
 * highest fee among its lines. Each item that owes the 40 EUR flat fee of § 288 (5) BGB adds it,
 * because the flat fee is owed per claim.
 *
 * <p>When the base-rate table does not cover the notice date, the line carries the reason instead of
 * interest and the notice is still planned: interest can be claimed later, a missed reminder delays
 * the claim.
 */
public final class NoticeGrouper {

    private final DefaultInterestCalculator interestCalculator;

    public NoticeGrouper(DefaultInterestCalculator interestCalculator) {
        this.interestCalculator = Objects.requireNonNull(interestCalculator, "interestCalculator");
    }

    /** Groups the decisions, with interest up to {@code noticeDate} (exclusive). */
    public DunningRunPlan group(List<ItemDecision> decisions, LocalDate noticeDate) {
        Map<String, List<NoticeLine>> linesByDebtor = new LinkedHashMap<>();
        Map<String, List<DunningItem>> waitingByDebtor = new LinkedHashMap<>();
        List<ItemDecision> escalations = new ArrayList<>();
        List<ItemDecision> skips = new ArrayList<>();

        for (ItemDecision entry : decisions) {
            DunningItem item = entry.item();
            String key = item.debtorId() + " " + item.openAmount().currency().getCurrencyCode();
            if (entry.decision() instanceof LevelDecision.NextLevel next) {
                NoticeLine line = line(item, next, noticeDate);
                linesByDebtor.computeIfAbsent(key, unused -> new ArrayList<>()).add(line);
            } else if (entry.decision() instanceof LevelDecision.Escalation) {
                escalations.add(entry);
            } else {
                skips.add(entry);
                if (isOverdueAndWaiting((LevelDecision.Skip) entry.decision())) {
                    waitingByDebtor.computeIfAbsent(key, unused -> new ArrayList<>()).add(item);
                }
            }
        }

        List<DunningNoticePlan> notices = new ArrayList<>();
        linesByDebtor.forEach((key, lines) -> notices.add(notice(lines, waitingByDebtor.getOrDefault(key, List.of()))));
        notices.sort(Comparator.comparing(DunningNoticePlan::debtorId));
        return new DunningRunPlan(notices, escalations, skips);
    }

    private NoticeLine line(DunningItem item, LevelDecision.NextLevel next, LocalDate noticeDate) {
        Charges charges = next.charges();
        if (!charges.inDefault() || charges.defaultStart().isEmpty()) {
            return new NoticeLine(item, next, Optional.empty(), Optional.empty());
        }
        LocalDate firstDay = charges.defaultStart().get().firstDay();
        // NOTE: interest is on today's open amount for the whole default period. A partial payment
        // made during default is not split out, so the interest can only come out too low.
        try {
            InterestCalculation interest =
                    interestCalculator.calculate(item.openAmount(), item.debtorKind(), firstDay, noticeDate);
            return new NoticeLine(item, next, Optional.of(interest), Optional.empty());
        } catch (BaseRateUnknownException e) {
            return new NoticeLine(item, next, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private static DunningNoticePlan notice(List<NoticeLine> lines, List<DunningItem> waiting) {
        List<NoticeLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing((NoticeLine line) -> line.item().dueDate())
                .thenComparing(line -> line.item().itemId()));

        NoticeLine highest = sorted.stream()
                .max(Comparator.comparingInt((NoticeLine line) -> line.decision().levelNumber()))
                .orElseThrow();
        LocalDate deadline = sorted.stream()
                .map(line -> line.decision().paymentDeadline())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Money fee = sorted.stream()
                .map(line -> line.decision().charges().fee())
                .max(Comparator.naturalOrder())
                .orElseThrow();

        Money zero = Money.zero(sorted.get(0).item().openAmount().currency());
        Money flatFees = zero;
        Money interest = zero;
        for (NoticeLine line : sorted) {
            flatFees = flatFees.plus(line.decision().charges().flatFee());
            if (line.interest().isPresent()) {
                interest = interest.plus(line.interest().get().total());
            }
        }
        boolean needsApproval = sorted.stream().anyMatch(line -> line.decision().level().needsApproval());

        return new DunningNoticePlan(highest.item().debtorId(), highest.decision().level(),
                highest.decision().levelNumber(), deadline, fee, flatFees, interest, needsApproval, sorted, waiting);
    }

    private static boolean isOverdueAndWaiting(LevelDecision.Skip skip) {
        return skip.reason() == SkipReason.NEXT_LEVEL_NOT_DUE || skip.reason() == SkipReason.WAITING_FOR_ESCALATION;
    }
}
