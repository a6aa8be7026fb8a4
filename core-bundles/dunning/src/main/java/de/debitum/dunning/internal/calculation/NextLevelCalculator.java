package de.debitum.dunning.internal.calculation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import de.debitum.dunning.internal.calendar.PaymentDeadlines;
import de.debitum.dunning.policy.DelayBasis;
import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.PolicyValidator;
import de.debitum.dunning.policy.PolicyViolation;

/**
 * Decides the next Mahnstufe of one item, or why there is none today. It only decides: the run
 * records and sends what it returns.
 *
 * <p>Never premature: a level is due only when its delay and the grace days have passed, when the
 * previous notice's payment deadline (moved by § 193 BGB) and the grace days have passed, and when
 * no block is in force. After a block ends, the grace days pass before the next level.
 * "Today" is the date in Europe/Berlin of the injected clock.
 */
public final class NextLevelCalculator {

    /** The time zone in which a dunning day begins and ends. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final List<BlockKind> BLOCK_PRIORITY =
            List.of(BlockKind.DISPUTE, BlockKind.INSTALMENTS, BlockKind.PROMISE_TO_PAY, BlockKind.OTHER);

    private final DunningPolicy policy;
    private final PaymentDeadlines deadlines;
    private final ChargeCalculator charges;
    private final Clock clock;

    /**
     * @throws IllegalArgumentException if the policy has errors, listing them
     */
    public NextLevelCalculator(DunningPolicy policy, PaymentDeadlines deadlines, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.charges = new ChargeCalculator(new DefaultDateCalculator(deadlines));
        requireUsable(policy);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    /**
     * Decides what today's run does with the item.
     *
     * @param history the notices sent for the item so far, in any order
     * @param blocks  blocks of the debtor and its items, of which those not concerning the item are ignored
     */
    public LevelDecision decide(DunningItem item, List<DunningRecord> history, List<DunningBlock> blocks) {
        LocalDate today = today();
        List<DunningRecord> sorted = history.stream().sorted(Comparator.comparing(DunningRecord::sentOn)).toList();
        List<DunningBlock> itemBlocks = blocks.stream().filter(block -> block.concerns(item)).toList();

        Optional<LevelDecision.Skip> precondition = checkPreconditions(item, sorted, itemBlocks, today);
        if (precondition.isPresent()) {
            return precondition.get();
        }

        Optional<DunningRecord> last = sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1));
        int nextIndex = nextLevelIndex(sorted);
        LocalDate notBefore = notBeforeAfterBlocks(itemBlocks, today);

        if (nextIndex >= policy.levels().size()) {
            return decideEscalation(item, last.orElseThrow(), notBefore, today);
        }

        DunningLevel level = policy.levels().get(nextIndex);
        LocalDate earliest = latest(earliestDate(item, level, last), notBefore);
        if (today.isBefore(earliest)) {
            return new LevelDecision.Skip(SkipReason.NEXT_LEVEL_NOT_DUE, Optional.of(earliest), Optional.of(level.kind()));
        }

        LocalDate paymentDeadline =
                deadlines.effectiveDeadline(today.plusDays(level.paymentTermDays()), item.placeOfPerformance());
        Charges itemCharges = charges.chargesFor(policy, level, item, sorted, today);
        return new LevelDecision.NextLevel(level, nextIndex + 1, paymentDeadline, itemCharges);
    }

    private Optional<LevelDecision.Skip> checkPreconditions(DunningItem item, List<DunningRecord> history,
            List<DunningBlock> blocks, LocalDate today) {
        if (item.openAmount().signum() <= 0) {
            return Optional.of(LevelDecision.Skip.of(SkipReason.NOTHING_OPEN));
        }
        if (history.stream().anyMatch(record -> !record.sentOn().isBefore(today))) {
            return Optional.of(LevelDecision.Skip.of(SkipReason.ALREADY_DUNNED_TODAY));
        }
        Optional<LevelDecision.Skip> blocked = activeBlock(blocks, today);
        if (blocked.isPresent()) {
            return blocked;
        }

        LocalDate effectiveDue = effectiveDue(item);
        if (!today.isAfter(effectiveDue)) {
            return Optional.of(LevelDecision.Skip.of(SkipReason.NOT_OVERDUE, effectiveDue));
        }
        LocalDate minimumDaysReached = effectiveDue.plusDays(policy.thresholds().minimumDaysOverdue());
        if (today.isBefore(minimumDaysReached)) {
            return Optional.of(LevelDecision.Skip.of(SkipReason.BELOW_MINIMUM_DAYS, minimumDaysReached));
        }
        if (!item.openAmount().currency().equals(policy.thresholds().minimumOpenAmount().currency())) {
            return Optional.of(LevelDecision.Skip.of(SkipReason.CURRENCY_NOT_IN_POLICY));
        }
        if (item.openAmount().isLessThan(policy.thresholds().minimumOpenAmount())) {
            return Optional.of(LevelDecision.Skip.of(SkipReason.BELOW_MINIMUM_AMOUNT));
        }
        return Optional.empty();
    }

    private Optional<LevelDecision.Skip> activeBlock(List<DunningBlock> blocks, LocalDate today) {
        for (BlockKind kind : BLOCK_PRIORITY) {
            List<DunningBlock> active = blocks.stream()
                    .filter(block -> block.kind() == kind && block.isActiveOn(today))
                    .toList();
            if (active.isEmpty()) {
                continue;
            }
            // The block that lasts longest decides; an open-ended block has no end date to show.
            boolean openEnded = active.stream().anyMatch(block -> block.until().isEmpty());
            Optional<LocalDate> until = openEnded
                    ? Optional.empty()
                    : active.stream().map(block -> block.until().orElseThrow()).max(Comparator.naturalOrder());
            return Optional.of(new LevelDecision.Skip(skipReasonFor(kind), until, Optional.empty()));
        }
        return Optional.empty();
    }

    private LevelDecision decideEscalation(DunningItem item, DunningRecord finalNotice, LocalDate notBefore,
            LocalDate today) {
        LocalDate earliest = finalNotice.sentOn().plusDays(policy.escalationDaysAfterFinalLevel());
        earliest = latest(earliest, afterDeadline(item, finalNotice));
        earliest = latest(earliest, notBefore);
        if (today.isBefore(earliest)) {
            return LevelDecision.Skip.of(SkipReason.WAITING_FOR_ESCALATION, earliest);
        }
        return new LevelDecision.Escalation(finalNotice.sentOn());
    }

    /** Returns the first day the level may be sent, from its delay, the grace days and the last notice. */
    private LocalDate earliestDate(DunningItem item, DunningLevel level, Optional<DunningRecord> last) {
        int grace = policy.thresholds().graceDays();
        LocalDate base = level.delayBasis() == DelayBasis.AFTER_PREVIOUS_LEVEL && last.isPresent()
                ? last.get().sentOn()
                : effectiveDue(item);
        LocalDate earliest = base.plusDays(level.delayDays()).plusDays(grace);
        if (last.isPresent()) {
            earliest = latest(earliest, afterDeadline(item, last.get()));
        }
        return earliest;
    }

    /** Returns the day after a notice's payment deadline (moved by § 193 BGB) plus the grace days. */
    private LocalDate afterDeadline(DunningItem item, DunningRecord notice) {
        LocalDate sentOn = notice.sentOn();
        LocalDate deadline = notice.paymentDeadline().orElse(sentOn);
        return deadlines.effectiveDeadline(deadline, item.placeOfPerformance())
                .plusDays(1)
                .plusDays(policy.thresholds().graceDays());
    }

    /** Returns the index of the first policy level beyond the highest level already sent. */
    private int nextLevelIndex(List<DunningRecord> history) {
        Optional<DunningRecord> highest = history.stream().max(Comparator.comparing(DunningRecord::level));
        if (highest.isEmpty()) {
            return 0;
        }
        List<DunningLevel> levels = policy.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).kind().compareTo(highest.get().level()) > 0) {
                return i;
            }
        }
        return levels.size();
    }

    /**
     * Returns the first day after the latest ended block plus the grace days, so that a payment
     * made on a promise's last day can arrive before the next notice.
     */
    private LocalDate notBeforeAfterBlocks(List<DunningBlock> blocks, LocalDate today) {
        LocalDate notBefore = LocalDate.MIN;
        for (DunningBlock block : blocks) {
            if (block.until().isPresent() && block.until().get().isBefore(today)) {
                LocalDate afterBlock = block.until().get().plusDays(1).plusDays(policy.thresholds().graceDays());
                notBefore = latest(notBefore, afterBlock);
            }
        }
        return notBefore;
    }

    private LocalDate effectiveDue(DunningItem item) {
        return deadlines.effectiveDeadline(item.dueDate(), item.placeOfPerformance());
    }

    private static SkipReason skipReasonFor(BlockKind kind) {
        return switch (kind) {
            case DISPUTE -> SkipReason.BLOCKED_DISPUTE;
            case INSTALMENTS -> SkipReason.BLOCKED_INSTALMENTS;
            case PROMISE_TO_PAY -> SkipReason.BLOCKED_PROMISE_TO_PAY;
            case OTHER -> SkipReason.BLOCKED_OTHER;
        };
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void requireUsable(DunningPolicy policy) {
        List<PolicyViolation> errors = new PolicyValidator().validate(policy).stream()
                .filter(PolicyViolation::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Die Mahnrichtlinie ist ungültig / the dunning policy is invalid: "
                    + errors.stream().map(PolicyViolation::messageDe).collect(Collectors.joining(" ")));
        }
    }
}
