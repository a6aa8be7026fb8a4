package de.debitum.dunning.internal.calculation;

import static de.debitum.dunning.internal.calculation.TestItems.business;
import static de.debitum.dunning.internal.calculation.TestItems.consumer;
import static de.debitum.dunning.internal.calculation.TestItems.recordOf;
import static de.debitum.dunning.internal.calculation.TestItems.withCalendarDueDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;
import de.debitum.dunning.internal.calendar.PaymentDeadlines;
import de.debitum.dunning.internal.calendar.PublicHolidayCalendar;
import de.debitum.dunning.policy.DefaultPolicies;
import de.debitum.dunning.policy.DelayBasis;
import de.debitum.dunning.policy.DeliveryChannel;
import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningLevelKind;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.DunningThresholds;

/**
 * Uses the German default policy unless a test builds its own. It sends a payment reminder 7 days
 * after the due date and then reminders 14 days apart. Payment terms are 7, 10, 10 and 7 days, with
 * 3 grace days and fees of 0.00 and 2.50 EUR. All items are in Bayern.
 */
class NextLevelCalculatorTest {

    private static final PaymentDeadlines DEADLINES = new PaymentDeadlines(new PublicHolidayCalendar());
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private final DunningItem item = business("RE-1001", "D-1", DUE, "1000.00");

    @Test
    void notOverdueOnTheDueDate() {
        LevelDecision decision = decide(DefaultPolicies.german(), on(2026, 3, 2), item, List.of());

        assertSkip(decision, SkipReason.NOT_OVERDUE, LocalDate.of(2026, 3, 2));
    }

    @Test
    void paymentReminderWaitsForDelayAndGraceDays() {
        LevelDecision.Skip skip = (LevelDecision.Skip) decide(DefaultPolicies.german(), on(2026, 3, 11), item, List.of());

        assertSkip(skip, SkipReason.NEXT_LEVEL_NOT_DUE, LocalDate.of(2026, 3, 12));
        assertThat(skip.messageDe()).isEqualTo("Die nächste Stufe (Zahlungserinnerung) ist frühestens am 12.03.2026 fällig.");
        assertThat(skip.messageEn()).isEqualTo("The next level (Payment reminder) is not due before 2026-03-12.");
    }

    @Test
    void levelsFollowEachOtherUntilEscalation() {
        DunningPolicy policy = DefaultPolicies.german();
        List<DunningRecord> history = new ArrayList<>();

        // Payment reminder: due 2 March + 7 days + 3 grace days = 12 March; deadline 19 March.
        LevelDecision.NextLevel reminder = sendOn(policy, LocalDate.of(2026, 3, 12), history);
        assertThat(reminder.level().kind()).isEqualTo(DunningLevelKind.PAYMENT_REMINDER);
        assertThat(reminder.levelNumber()).isEqualTo(1);
        assertThat(reminder.paymentDeadline()).isEqualTo(LocalDate.of(2026, 3, 19));

        // First reminder: 12 March + 14 + 3 = 29 March, after the deadline 19 March + 1 + 3.
        assertSkip(decide(policy, on(2026, 3, 28), item, history), SkipReason.NEXT_LEVEL_NOT_DUE,
                LocalDate.of(2026, 3, 29));
        LevelDecision.NextLevel first = sendOn(policy, LocalDate.of(2026, 3, 29), history);
        assertThat(first.level().kind()).isEqualTo(DunningLevelKind.FIRST_REMINDER);
        assertThat(first.levelNumber()).isEqualTo(2);
        assertThat(first.paymentDeadline()).isEqualTo(LocalDate.of(2026, 4, 8));

        // Second reminder: 29 March + 17 = 15 April; its 10-day term ends Saturday 25 April -> Monday 27.
        LevelDecision.NextLevel second = sendOn(policy, LocalDate.of(2026, 4, 15), history);
        assertThat(second.level().kind()).isEqualTo(DunningLevelKind.SECOND_REMINDER);
        assertThat(second.paymentDeadline()).isEqualTo(LocalDate.of(2026, 4, 27));

        // Final reminder: 15 April + 17 = 2 May (27 April + 1 + 3 = 1 May is earlier); needs approval.
        LevelDecision.NextLevel last = sendOn(policy, LocalDate.of(2026, 5, 2), history);
        assertThat(last.level().kind()).isEqualTo(DunningLevelKind.FINAL_REMINDER);
        assertThat(last.level().needsApproval()).isTrue();
        assertThat(last.level().channel()).isEqualTo(DeliveryChannel.POST);
        assertThat(last.paymentDeadline()).isEqualTo(LocalDate.of(2026, 5, 11));

        // Escalation: 2 May + 14 = 16 May, after the deadline 11 May + 1 + 3 = 15 May.
        assertSkip(decide(policy, on(2026, 5, 15), item, history), SkipReason.WAITING_FOR_ESCALATION,
                LocalDate.of(2026, 5, 16));
        assertThat(decide(policy, on(2026, 5, 16), item, history))
                .isEqualTo(new LevelDecision.Escalation(LocalDate.of(2026, 5, 2)));
    }

    @Test
    void firstReminderThatCausesDefaultIsNotCharged() {
        DunningPolicy policy = remindersOnly(Money.euro("2.50"), false);
        DunningItem consumerItem = consumer("RE-2001", "D-2", DUE, "300.00");
        List<DunningRecord> history = new ArrayList<>();

        // Without an agreed calendar date the first reminder puts the debtor into default: free.
        LevelDecision.NextLevel first = sendOn(policy, consumerItem, LocalDate.of(2026, 3, 19), history);
        assertThat(first.charges().inDefault()).isFalse();
        assertThat(first.charges().fee()).isEqualTo(Money.euro("0.00"));

        // Its deadline 29 March (Sunday) moves to 30 March: default from 31 March, so the second
        // reminder on 5 April is charged.
        LevelDecision.NextLevel second = sendOn(policy, consumerItem, LocalDate.of(2026, 4, 5), history);
        assertThat(second.charges().inDefault()).isTrue();
        assertThat(second.charges().defaultStart())
                .contains(new DefaultStart(LocalDate.of(2026, 3, 31), DefaultGround.REMINDER));
        assertThat(second.charges().fee()).isEqualTo(Money.euro("2.50"));
    }

    @Test
    void calendarDefaultChargesFirstReminder() {
        DunningPolicy policy = remindersOnly(Money.euro("2.50"), false);
        DunningItem agreed = withCalendarDueDate(consumer("RE-2002", "D-2", DUE, "300.00"));

        LevelDecision.NextLevel first = sendOn(policy, agreed, LocalDate.of(2026, 3, 19), new ArrayList<>());

        assertThat(first.charges().defaultStart())
                .contains(new DefaultStart(LocalDate.of(2026, 3, 3), DefaultGround.CALENDAR_DUE_DATE));
        assertThat(first.charges().fee()).isEqualTo(Money.euro("2.50"));
    }

    @Test
    void flatFeeIsChargedOncePerInvoice() {
        DunningPolicy policy = withFlatFee(DefaultPolicies.german());
        List<DunningRecord> history = new ArrayList<>();

        LevelDecision.NextLevel reminder = sendOn(policy, LocalDate.of(2026, 3, 12), history);
        LevelDecision.NextLevel first = sendOn(policy, LocalDate.of(2026, 3, 29), history);
        LevelDecision.NextLevel second = sendOn(policy, LocalDate.of(2026, 4, 15), history);

        // Not in default at the payment reminder; in default from 20 March, so the first reminder owes it.
        assertThat(reminder.charges().flatFee()).isEqualTo(Money.euro("0.00"));
        assertThat(first.charges().flatFee()).isEqualTo(Money.euro("40.00"));
        assertThat(second.charges().flatFee()).isEqualTo(Money.euro("0.00"));
        // The 2.50 EUR fees are damages for pursuing the claim, which the 40 EUR already covers.
        assertThat(first.charges().fee()).isEqualTo(Money.euro("0.00"));
        assertThat(second.charges().fee()).isEqualTo(Money.euro("0.00"));
    }

    @Test
    void feesBeyondFlatFeeAreCharged() {
        DunningPolicy policy = remindersOnly(Money.euro("30.00"), true);
        DunningItem agreed = withCalendarDueDate(business("RE-3001", "D-3", DUE, "900.00"));
        List<DunningRecord> history = new ArrayList<>();

        // Claimed fees 30, 60, 90 EUR against the 40 EUR flat fee: charged 0, 20 and 30 EUR.
        LevelDecision.NextLevel first = sendOn(policy, agreed, LocalDate.of(2026, 3, 19), history);
        LevelDecision.NextLevel second = sendOn(policy, agreed, LocalDate.of(2026, 4, 5), history);
        LevelDecision.NextLevel last = sendOn(policy, agreed, LocalDate.of(2026, 4, 22), history);

        assertThat(first.charges().flatFee()).isEqualTo(Money.euro("40.00"));
        assertThat(first.charges().fee()).isEqualTo(Money.euro("0.00"));
        assertThat(second.charges().fee()).isEqualTo(Money.euro("20.00"));
        assertThat(last.charges().fee()).isEqualTo(Money.euro("30.00"));
    }

    @Test
    void consumerNeverOwesFlatFee() {
        DunningPolicy policy = withFlatFee(DefaultPolicies.german());
        DunningItem agreed = withCalendarDueDate(consumer("RE-2003", "D-2", DUE, "300.00"));

        LevelDecision.NextLevel reminder = sendOn(policy, agreed, LocalDate.of(2026, 3, 12), new ArrayList<>());

        assertThat(reminder.charges().inDefault()).isTrue();
        assertThat(reminder.charges().flatFee()).isEqualTo(Money.euro("0.00"));
    }

    @Test
    void flatFeeStaysOffUntilTenantEnablesIt() {
        DunningItem agreed = withCalendarDueDate(item);

        LevelDecision.NextLevel reminder =
                sendOn(DefaultPolicies.german(), agreed, LocalDate.of(2026, 3, 12), new ArrayList<>());

        assertThat(reminder.charges().inDefault()).isTrue();
        assertThat(reminder.charges().flatFee()).isEqualTo(Money.euro("0.00"));
    }

    @Test
    void promiseToPayBlocksUntilEndDate() {
        DunningPolicy policy = DefaultPolicies.german();
        DunningBlock promise = new DunningBlock("D-1", Optional.of("RE-1001"), BlockKind.PROMISE_TO_PAY,
                "Zahlung zugesagt am Telefon", LocalDate.of(2026, 3, 10), Optional.of(LocalDate.of(2026, 3, 20)));

        LevelDecision.Skip blocked = (LevelDecision.Skip) decide(policy, on(2026, 3, 20), item, List.of(), promise);
        assertSkip(blocked, SkipReason.BLOCKED_PROMISE_TO_PAY, LocalDate.of(2026, 3, 20));
        assertThat(blocked.messageDe()).isEqualTo("Mahnsperre wegen Zahlungszusage bis einschließlich 20.03.2026.");

        // A payment made on 20 March may take the 3 grace days to arrive.
        assertSkip(decide(policy, on(2026, 3, 23), item, List.of(), promise), SkipReason.NEXT_LEVEL_NOT_DUE,
                LocalDate.of(2026, 3, 24));
        assertThat(decide(policy, on(2026, 3, 24), item, List.of(), promise))
                .isInstanceOf(LevelDecision.NextLevel.class);
    }

    @Test
    void debtorDisputeBlocksEveryItemUntilFurtherNotice() {
        DunningBlock dispute = new DunningBlock("D-1", Optional.empty(), BlockKind.DISPUTE, "Reklamation",
                LocalDate.of(2026, 3, 1), Optional.empty());

        LevelDecision.Skip skip = (LevelDecision.Skip) decide(DefaultPolicies.german(), on(2026, 6, 1), item, List.of(),
                dispute);

        assertThat(skip.reason()).isEqualTo(SkipReason.BLOCKED_DISPUTE);
        assertThat(skip.date()).isEmpty();
        assertThat(skip.messageEn()).isEqualTo("Dunning blocked because of a dispute until further notice.");
    }

    @Test
    void disputeOutranksPromiseToPay() {
        DunningBlock promise = new DunningBlock("D-1", Optional.of("RE-1001"), BlockKind.PROMISE_TO_PAY, "zugesagt",
                LocalDate.of(2026, 3, 10), Optional.of(LocalDate.of(2026, 3, 31)));
        DunningBlock dispute = new DunningBlock("D-1", Optional.of("RE-1001"), BlockKind.DISPUTE, "Mängelrüge",
                LocalDate.of(2026, 3, 12), Optional.of(LocalDate.of(2026, 4, 30)));

        assertSkip(decide(DefaultPolicies.german(), on(2026, 3, 15), item, List.of(), promise, dispute),
                SkipReason.BLOCKED_DISPUTE, LocalDate.of(2026, 4, 30));
    }

    @Test
    void unrelatedBlocksDoNotApply() {
        DunningBlock otherItem = new DunningBlock("D-1", Optional.of("RE-9999"), BlockKind.INSTALMENTS, "Raten",
                LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2026, 12, 31)));
        DunningBlock otherDebtor = new DunningBlock("D-2", Optional.empty(), BlockKind.DISPUTE, "Streit",
                LocalDate.of(2026, 3, 1), Optional.empty());

        assertThat(decide(DefaultPolicies.german(), on(2026, 3, 12), item, List.of(), otherItem, otherDebtor))
                .isInstanceOf(LevelDecision.NextLevel.class);
    }

    @Test
    void promiseToPayNeedsEndDate() {
        assertThatThrownBy(() -> new DunningBlock("D-1", Optional.empty(), BlockKind.PROMISE_TO_PAY, "zugesagt",
                LocalDate.of(2026, 3, 10), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Eine Zahlungszusage braucht ein Enddatum (until), z. B. 2026-03-24.");
    }

    @Test
    void smallAmountsAreNotDunned() {
        DunningItem small = business("RE-1002", "D-1", DUE, "4.99");
        DunningItem paid = business("RE-1003", "D-1", DUE, "0.00");

        assertSkip(decide(DefaultPolicies.german(), on(2026, 3, 12), small, List.of()), SkipReason.BELOW_MINIMUM_AMOUNT,
                null);
        assertSkip(decide(DefaultPolicies.german(), on(2026, 3, 12), paid, List.of()), SkipReason.NOTHING_OPEN, null);
    }

    @Test
    void minimumDaysOverdueDelaysEveryLevel() {
        DunningPolicy base = DefaultPolicies.german();
        DunningPolicy policy = new DunningPolicy(base.levels(),
                new DunningThresholds(Money.euro("5.00"), 20, 3), false, 14);

        assertSkip(decide(policy, on(2026, 3, 15), item, List.of()), SkipReason.BELOW_MINIMUM_DAYS,
                LocalDate.of(2026, 3, 22));
    }

    @Test
    void secondRunOnSameDayCreatesNothing() {
        List<DunningRecord> history = new ArrayList<>();
        sendOn(DefaultPolicies.german(), LocalDate.of(2026, 3, 12), history);

        assertSkip(decide(DefaultPolicies.german(), on(2026, 3, 12), item, history), SkipReason.ALREADY_DUNNED_TODAY,
                null);
    }

    @Test
    void foreignCurrencyItemIsSkipped() {
        DunningItem francs = new DunningItem("RE-1004", "D-1", DebtorKind.BUSINESS, item.placeOfPerformance(), DUE,
                false, Optional.empty(), false, Money.of("500.00", "CHF"));

        assertSkip(decide(DefaultPolicies.german(), on(2026, 3, 12), francs, List.of()),
                SkipReason.CURRENCY_NOT_IN_POLICY, null);
    }

    @Test
    void todayIsTheDateInBerlin() {
        // 23:30 UTC on 11 March is 00:30 on 12 March in Berlin (UTC+1 in winter).
        Clock clock = Clock.fixed(Instant.parse("2026-03-11T23:30:00Z"), ZoneOffset.UTC);
        NextLevelCalculator calculator = new NextLevelCalculator(DefaultPolicies.german(), DEADLINES, clock);

        assertThat(calculator.today()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(calculator.decide(item, List.of(), List.of())).isInstanceOf(LevelDecision.NextLevel.class);
    }

    @Test
    void invalidPolicyIsRejected() {
        DunningPolicy broken = new DunningPolicy(List.of(), DefaultPolicies.german().thresholds(), false, 14);

        assertThatThrownBy(() -> new NextLevelCalculator(broken, DEADLINES, on(2026, 3, 12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mindestens eine Mahnstufe");
    }

    /** First, second and final reminder 14 days apart, each with the same fee; the first counts from the due date. */
    private static DunningPolicy remindersOnly(Money fee, boolean flatFee) {
        List<DunningLevel> levels = List.of(
                new DunningLevel(DunningLevelKind.FIRST_REMINDER, DelayBasis.AFTER_DUE_DATE, 14, 10, fee,
                        "dunning.first-reminder", DeliveryChannel.EMAIL, false),
                new DunningLevel(DunningLevelKind.SECOND_REMINDER, DelayBasis.AFTER_PREVIOUS_LEVEL, 14, 10, fee,
                        "dunning.second-reminder", DeliveryChannel.EMAIL, false),
                new DunningLevel(DunningLevelKind.FINAL_REMINDER, DelayBasis.AFTER_PREVIOUS_LEVEL, 14, 7, fee,
                        "dunning.final-reminder", DeliveryChannel.POST, true));
        return new DunningPolicy(levels, new DunningThresholds(Money.euro("5.00"), 0, 3), flatFee, 14);
    }

    private static DunningPolicy withFlatFee(DunningPolicy policy) {
        return new DunningPolicy(policy.levels(), policy.thresholds(), true, policy.escalationDaysAfterFinalLevel());
    }

    private LevelDecision.NextLevel sendOn(DunningPolicy policy, LocalDate day, List<DunningRecord> history) {
        return sendOn(policy, item, day, history);
    }

    /** Decides on {@code day}, expects a next level and records it in {@code history} as a run would. */
    private static LevelDecision.NextLevel sendOn(DunningPolicy policy, DunningItem target, LocalDate day,
            List<DunningRecord> history) {
        LevelDecision decision = decide(policy, on(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), target,
                history);
        assertThat(decision).as("decision on " + day).isInstanceOf(LevelDecision.NextLevel.class);
        LevelDecision.NextLevel next = (LevelDecision.NextLevel) decision;
        history.add(recordOf(next, day));
        return next;
    }

    private static LevelDecision decide(DunningPolicy policy, Clock clock, DunningItem target,
            List<DunningRecord> history, DunningBlock... blocks) {
        return new NextLevelCalculator(policy, DEADLINES, clock).decide(target, List.copyOf(history), List.of(blocks));
    }

    /** Returns a clock fixed at 10:00 in Berlin on the day. */
    static Clock on(int year, int month, int day) {
        Instant instant = LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0))
                .atZone(NextLevelCalculator.BERLIN).toInstant();
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static void assertSkip(LevelDecision decision, SkipReason reason, LocalDate date) {
        assertThat(decision).isInstanceOf(LevelDecision.Skip.class);
        LevelDecision.Skip skip = (LevelDecision.Skip) decision;
        assertThat(skip.reason()).isEqualTo(reason);
        assertThat(skip.date()).isEqualTo(Optional.ofNullable(date));
    }
}
