package de.debitum.dunning.internal.calculation;

import static de.debitum.dunning.internal.calculation.TestItems.business;
import static de.debitum.dunning.internal.calculation.TestItems.reminder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;
import de.debitum.dunning.internal.calendar.PaymentDeadlines;
import de.debitum.dunning.internal.calendar.PublicHolidayCalendar;
import de.debitum.dunning.policy.DefaultPolicies;
import de.debitum.dunning.policy.DunningLevelKind;

/** A run on 15 April 2026 with the German default policy; all debtors are businesses in Bayern. */
class NoticeGrouperTest {

    private static final LocalDate RUN_DAY = LocalDate.of(2026, 4, 15);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private final NextLevelCalculator calculator = new NextLevelCalculator(DefaultPolicies.german(),
            new PaymentDeadlines(new PublicHolidayCalendar()), NextLevelCalculatorTest.on(2026, 4, 15));
    private final NoticeGrouper grouper = new NoticeGrouper(new DefaultInterestCalculator(BaseRateTable.bundled()));

    private final List<DunningRecord> twoRemindersSent = List.of(
            reminder(DunningLevelKind.PAYMENT_REMINDER, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 19)),
            reminder(DunningLevelKind.FIRST_REMINDER, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 8)));

    @Test
    void oneLetterPerDebtor() {
        DunningRunPlan plan = grouper.group(decisions(), RUN_DAY);

        assertThat(plan.notices()).extracting(DunningNoticePlan::debtorId).containsExactly("D-1", "D-2");
        DunningNoticePlan letter = plan.notices().get(0);
        assertThat(letter.lines()).extracting(line -> line.item().itemId()).containsExactly("RE-1", "RE-2");
        assertThat(letter.level().kind()).isEqualTo(DunningLevelKind.SECOND_REMINDER);
        assertThat(letter.levelNumber()).isEqualTo(3);
        // 15 April + 10 days is Saturday 25 April; § 193 BGB moves it to Monday 27 April.
        assertThat(letter.paymentDeadline()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(letter.otherOverdueItems()).extracting(DunningItem::itemId).containsExactly("RE-3");
    }

    @Test
    void secondReminderChargesFeeOnlyOnce() {
        DunningNoticePlan letter = grouper.group(decisions(), RUN_DAY).notices().get(0);

        assertThat(letter.lines()).allSatisfy(line ->
                assertThat(line.decision().charges().fee()).isEqualTo(Money.euro("2.50")));
        assertThat(letter.fee()).isEqualTo(Money.euro("2.50"));
        assertThat(letter.flatFees()).isEqualTo(Money.euro("0.00"));
    }

    @Test
    void interestRunsFromDefaultToTheNoticeDate() {
        // Default from 20 March (the payment reminder's deadline 19 March passed) to 15 April
        // (exclusive): 26 days at 1.27 + 9 = 10.27 %, 365-day year.
        //   RE-1: 1000.00 x 10.27 x 26 / 36500 = 7.315616 -> 7.32
        //   RE-2:  500.00 x 10.27 x 26 / 36500 = 3.657808 -> 3.66
        DunningNoticePlan letter = grouper.group(decisions(), RUN_DAY).notices().get(0);

        assertThat(letter.lines().get(0).interest()).map(InterestCalculation::total).contains(Money.euro("7.32"));
        assertThat(letter.lines().get(1).interest()).map(InterestCalculation::total).contains(Money.euro("3.66"));
        assertThat(letter.interest()).isEqualTo(Money.euro("10.98"));
    }

    @Test
    void debtorNotYetInDefaultGetsNoInterest() {
        DunningNoticePlan letter = grouper.group(decisions(), RUN_DAY).notices().get(1);

        assertThat(letter.level().kind()).isEqualTo(DunningLevelKind.PAYMENT_REMINDER);
        assertThat(letter.lines().get(0).interest()).isEmpty();
        assertThat(letter.interest()).isEqualTo(Money.euro("0.00"));
        assertThat(letter.fee()).isEqualTo(Money.euro("0.00"));
    }

    @Test
    void outdatedBaseRatesLeaveInterestOut() {
        // The bundled table ends on 30 June 2026, so a run on 15 September cannot compute interest.
        NextLevelCalculator lateCalculator = new NextLevelCalculator(DefaultPolicies.german(),
                new PaymentDeadlines(new PublicHolidayCalendar()), NextLevelCalculatorTest.on(2026, 9, 15));
        DunningItem item = business("RE-6", "D-4", LocalDate.of(2026, 7, 1), "100.00");
        List<DunningRecord> history = List.of(
                reminder(DunningLevelKind.PAYMENT_REMINDER, LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 20)));
        ItemDecision decision = new ItemDecision(item, lateCalculator.decide(item, history, List.of()));

        NoticeLine line = grouper.group(List.of(decision), LocalDate.of(2026, 9, 15)).notices().get(0).lines().get(0);

        assertThat(line.decision().charges().inDefault()).isTrue();
        assertThat(line.interest()).isEmpty();
        assertThat(line.interestNotCalculated()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("Der Basiszinssatz für den 2026-07-21 ist nicht bekannt"));
    }

    @Test
    void skippedItemsKeepTheirReasons() {
        DunningRunPlan plan = grouper.group(decisions(), RUN_DAY);

        assertThat(plan.skips()).extracting(entry -> entry.item().itemId()).containsExactly("RE-3", "RE-5");
        assertThat(plan.skips()).extracting(entry -> ((LevelDecision.Skip) entry.decision()).reason())
                .containsExactly(SkipReason.NEXT_LEVEL_NOT_DUE, SkipReason.NOT_OVERDUE);
        assertThat(plan.escalations()).isEmpty();
    }

    private List<ItemDecision> decisions() {
        DunningItem first = business("RE-1", "D-1", DUE, "1000.00");
        DunningItem second = business("RE-2", "D-1", DUE, "500.00");
        // Due Friday 20 March; payment reminder on 30 March with deadline Easter Monday 6 April, so
        // the first reminder waits until 16 April.
        DunningItem waiting = business("RE-3", "D-1", LocalDate.of(2026, 3, 20), "200.00");
        DunningItem otherDebtor = business("RE-4", "D-2", DUE, "80.00");
        DunningItem notDue = business("RE-5", "D-3", LocalDate.of(2026, 5, 1), "50.00");

        List<ItemDecision> decisions = new ArrayList<>();
        decisions.add(decide(first, twoRemindersSent));
        decisions.add(decide(second, twoRemindersSent));
        decisions.add(decide(waiting, List.of(reminder(DunningLevelKind.PAYMENT_REMINDER, LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 6)))));
        decisions.add(decide(otherDebtor, List.of()));
        decisions.add(decide(notDue, List.of()));
        return decisions;
    }

    private ItemDecision decide(DunningItem item, List<DunningRecord> history) {
        return new ItemDecision(item, calculator.decide(item, history, List.of()));
    }
}
