package de.debitum.dunning.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PaymentDeadlinesTest {

    private final PaymentDeadlines deadlines = new PaymentDeadlines(new PublicHolidayCalendar());

    @Test
    void workingDayDeadlineStays() {
        LocalDate wednesday = LocalDate.of(2026, 3, 11);
        assertThat(deadlines.effectiveDeadline(wednesday, FederalState.BE)).isEqualTo(wednesday);
    }

    @Test
    void saturdayDeadlineMovesToMonday() {
        assertThat(deadlines.effectiveDeadline(LocalDate.of(2026, 3, 14), FederalState.BE))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void easterMondayMovesDeadlineEverywhere() {
        // Ostermontag is one of the nine nationwide holidays: 6 April 2026 moves to 7 April everywhere.
        for (FederalState state : FederalState.values()) {
            assertThat(deadlines.effectiveDeadline(LocalDate.of(2026, 4, 6), state)).as(state.name())
                    .isEqualTo(LocalDate.of(2026, 4, 7));
        }
    }

    @Test
    void goodFridayDeadlineSkipsTheWholeEasterWeekend() {
        // Karfreitag 3 April 2026, then Saturday, Easter Sunday and Easter Monday: Tuesday 7 April.
        assertThat(deadlines.effectiveDeadline(LocalDate.of(2026, 4, 3), FederalState.NW))
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void corpusChristiMovesDeadlineInBavariaOnly() {
        // Fronleichnam is Easter Sunday + 60 days: Thursday 4 June 2026, kept in Bayern, not in Berlin.
        LocalDate corpusChristi = LocalDate.of(2026, 6, 4);
        assertThat(deadlines.effectiveDeadline(corpusChristi, FederalState.BY)).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(deadlines.effectiveDeadline(corpusChristi, FederalState.BE)).isEqualTo(corpusChristi);
    }

    @Test
    void reformationDayMovesDeadlineInSaxonyOnly() {
        // Friday 31 October 2025: in Sachsen the deadline moves over the weekend to Monday 3 November.
        LocalDate reformationDay = LocalDate.of(2025, 10, 31);
        assertThat(deadlines.effectiveDeadline(reformationDay, FederalState.SN)).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(deadlines.effectiveDeadline(reformationDay, FederalState.BY)).isEqualTo(reformationDay);
    }

    @Test
    void repentanceDayMovesDeadlineInSaxonyOnly() {
        // Buß- und Bettag, Wednesday 19 November 2025.
        LocalDate repentanceDay = LocalDate.of(2025, 11, 19);
        assertThat(deadlines.effectiveDeadline(repentanceDay, FederalState.SN)).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(deadlines.effectiveDeadline(repentanceDay, FederalState.TH)).isEqualTo(repentanceDay);
    }

    @Test
    void christmasDeadlineSkipsHolidaysAndWeekend() {
        // 25 December 2026 is a Friday: 25, 26 (Saturday, also a holiday), 27 (Sunday) -> Monday 28.
        assertThat(deadlines.effectiveDeadline(LocalDate.of(2026, 12, 25), FederalState.BE))
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
