package de.debitum.dunning.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Moves a payment deadline by § 193 BGB. When the day on which, or the last day within which, a
 * payment is to be made falls on a Saturday, a Sunday or a public holiday recognised at the place
 * of performance, the next working day takes its place.
 *
 * <p>For a money debt the place of performance is the debtor's residence or place of business
 * (§§ 269, 270 (4) BGB), so callers pass the debtor's federal state. § 193 moves deadlines only,
 * so it does not apply to the running of default interest, which accrues on every calendar day.
 */
public final class PaymentDeadlines {

    private final PublicHolidayCalendar calendar;

    public PaymentDeadlines(PublicHolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Returns the deadline itself if it is a working day, otherwise the next working day. A null
     * state means the place is unknown, and then a holiday in any state counts.
     */
    public LocalDate effectiveDeadline(LocalDate deadline, FederalState placeOfPerformance) {
        LocalDate day = deadline;
        while (!isWorkingDay(day, placeOfPerformance)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Returns whether the day is neither a Saturday, a Sunday nor a public holiday in the state, or
     * in any state when {@code state} is null.
     */
    public boolean isWorkingDay(LocalDate day, FederalState state) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
            return false;
        }
        if (state == null) {
            return Arrays.stream(FederalState.values()).noneMatch(each -> calendar.isPublicHoliday(day, each));
        }
        return !calendar.isPublicHoliday(day, state);
    }
}
