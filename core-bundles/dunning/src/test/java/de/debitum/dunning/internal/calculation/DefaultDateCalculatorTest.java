package de.debitum.dunning.internal.calculation;

import static de.debitum.dunning.internal.calculation.TestItems.business;
import static de.debitum.dunning.internal.calculation.TestItems.consumer;
import static de.debitum.dunning.internal.calculation.TestItems.inState;
import static de.debitum.dunning.internal.calculation.TestItems.reminder;
import static de.debitum.dunning.internal.calculation.TestItems.withCalendarDueDate;
import static de.debitum.dunning.internal.calculation.TestItems.withInvoiceReceived;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.debitum.dunning.internal.calendar.FederalState;
import de.debitum.dunning.internal.calendar.PaymentDeadlines;
import de.debitum.dunning.internal.calendar.PublicHolidayCalendar;
import de.debitum.dunning.policy.DunningLevelKind;

class DefaultDateCalculatorTest {

    private final DefaultDateCalculator calculator =
            new DefaultDateCalculator(new PaymentDeadlines(new PublicHolidayCalendar()));

    @Test
    void agreedCalendarDateStartsDefaultTheDayAfter() {
        DunningItem item = withCalendarDueDate(business("R-1", "D-1", LocalDate.of(2026, 3, 11), "100.00"));

        assertThat(calculator.firstDayInDefault(item, List.of()))
                .contains(new DefaultStart(LocalDate.of(2026, 3, 12), DefaultGround.CALENDAR_DUE_DATE));
    }

    @Test
    void calendarDateOnSaturdayDefaultsOnlyAfterMonday() {
        // Due Saturday 14 March 2026: § 193 BGB moves it to Monday 16 March, default from Tuesday.
        DunningItem item = withCalendarDueDate(business("R-1", "D-1", LocalDate.of(2026, 3, 14), "100.00"));

        assertThat(calculator.firstDayInDefault(item, List.of()).map(DefaultStart::firstDay))
                .contains(LocalDate.of(2026, 3, 17));
    }

    @Test
    void printedDueDateAloneCausesNoDefault() {
        DunningItem item = business("R-1", "D-1", LocalDate.of(2026, 3, 11), "100.00");

        assertThat(calculator.firstDayInDefault(item, List.of())).isEmpty();
    }

    @Test
    void reminderCausesDefaultAfterItsDeadline() {
        DunningItem item = business("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00");
        DunningRecord reminder = reminder(DunningLevelKind.PAYMENT_REMINDER, LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 3, 19));

        assertThat(calculator.firstDayInDefault(item, List.of(reminder)))
                .contains(new DefaultStart(LocalDate.of(2026, 3, 20), DefaultGround.REMINDER));
    }

    @Test
    void reminderWithoutDeadlineCausesDefaultAfterAssumedDelivery() {
        DunningItem item = business("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00");
        DunningRecord reminder = new DunningRecord(DunningLevelKind.FIRST_REMINDER, LocalDate.of(2026, 3, 12),
                Optional.empty(), Optional.empty(), de.debitum.api.money.Money.euro("0.00"), false);

        // Sent Thursday 12 March, assumed to arrive 3 days later on 15 March; default from 16 March.
        assertThat(calculator.firstDayInDefault(item, List.of(reminder)).map(DefaultStart::firstDay))
                .contains(LocalDate.of(2026, 3, 16));
    }

    @Test
    void reminderBeforeTheDueDateDoesNotCount() {
        DunningItem item = business("R-1", "D-1", LocalDate.of(2026, 3, 20), "100.00");
        DunningRecord early = reminder(DunningLevelKind.PAYMENT_REMINDER, LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 3, 19));

        assertThat(calculator.firstDayInDefault(item, List.of(early))).isEmpty();
    }

    @Test
    void businessDefaultsAfterThirtyDays() {
        // Due 2 March, received 20 February: 30 days from 2 March end on Wednesday 1 April 2026.
        DunningItem item = withInvoiceReceived(business("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00"),
                LocalDate.of(2026, 2, 20), false);

        assertThat(calculator.firstDayInDefault(item, List.of()))
                .contains(new DefaultStart(LocalDate.of(2026, 4, 2), DefaultGround.THIRTY_DAY_RULE));
    }

    @Test
    void thirtyDaysCountFromLaterReceipt() {
        // Received 7 March after the due date: 30 days end Monday 6 April 2026 (Ostermontag), so
        // Tuesday 7 April is the last day and default starts on 8 April.
        DunningItem item = withInvoiceReceived(business("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00"),
                LocalDate.of(2026, 3, 7), false);

        assertThat(calculator.firstDayInDefault(item, List.of()).map(DefaultStart::firstDay))
                .contains(LocalDate.of(2026, 4, 8));
    }

    @Test
    void consumerThirtyDayRuleNeedsNoticeOnInvoice() {
        DunningItem withoutNotice = withInvoiceReceived(consumer("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00"),
                LocalDate.of(2026, 2, 20), false);
        DunningItem withNotice = withInvoiceReceived(consumer("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00"),
                LocalDate.of(2026, 2, 20), true);

        assertThat(calculator.firstDayInDefault(withoutNotice, List.of())).isEmpty();
        assertThat(calculator.firstDayInDefault(withNotice, List.of()).map(DefaultStart::firstDay))
                .contains(LocalDate.of(2026, 4, 2));
    }

    @Test
    void earliestRuleWins() {
        DunningItem item = withInvoiceReceived(business("R-1", "D-1", LocalDate.of(2026, 3, 2), "100.00"),
                LocalDate.of(2026, 2, 20), false);
        DunningRecord reminder = reminder(DunningLevelKind.PAYMENT_REMINDER, LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 3, 19));

        assertThat(calculator.firstDayInDefault(item, List.of(reminder)))
                .contains(new DefaultStart(LocalDate.of(2026, 3, 20), DefaultGround.REMINDER));
    }

    @Test
    void repentanceDayDelaysDefaultInSaxony() {
        DunningItem saxony = inState(business("R-1", "D-1", LocalDate.of(2025, 11, 3), "100.00"), FederalState.SN);
        DunningItem berlin = inState(saxony, FederalState.BE);
        DunningRecord reminder = reminder(DunningLevelKind.FIRST_REMINDER, LocalDate.of(2025, 11, 10),
                LocalDate.of(2025, 11, 19));

        assertThat(calculator.firstDayInDefault(saxony, List.of(reminder)).map(DefaultStart::firstDay))
                .contains(LocalDate.of(2025, 11, 21));
        assertThat(calculator.firstDayInDefault(berlin, List.of(reminder)).map(DefaultStart::firstDay))
                .contains(LocalDate.of(2025, 11, 20));
    }
}
