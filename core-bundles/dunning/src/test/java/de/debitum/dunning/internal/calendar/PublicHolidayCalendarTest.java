package de.debitum.dunning.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PublicHolidayCalendarTest {

    private final PublicHolidayCalendar calendar = new PublicHolidayCalendar();

    @Test
    void easterSundayMatchesKnownDates() {
        assertThat(PublicHolidayCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(PublicHolidayCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidayCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidayCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidayCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void nineNationwideHolidaysInEveryState() {
        List<String> nationwide = List.of("Neujahr", "Karfreitag", "Ostermontag", "Tag der Arbeit",
                "Christi Himmelfahrt", "Pfingstmontag", "Tag der Deutschen Einheit", "1. Weihnachtstag",
                "2. Weihnachtstag");
        for (FederalState state : FederalState.values()) {
            List<String> names = calendar.holidaysIn(2026, state).stream().map(PublicHoliday::name).toList();
            assertThat(names).as(state.germanName()).containsAll(nationwide);
        }
    }

    @Test
    void easterDependentHolidaysOf2026() {
        // Easter Sunday 2026 is 5 April.
        assertThat(calendar.holidayOn(LocalDate.of(2026, 4, 3), FederalState.HH)).map(PublicHoliday::name)
                .contains("Karfreitag");
        assertThat(calendar.holidayOn(LocalDate.of(2026, 4, 6), FederalState.HH)).map(PublicHoliday::name)
                .contains("Ostermontag");
        assertThat(calendar.holidayOn(LocalDate.of(2026, 5, 14), FederalState.HH)).map(PublicHoliday::name)
                .contains("Christi Himmelfahrt");
        assertThat(calendar.holidayOn(LocalDate.of(2026, 5, 25), FederalState.HH)).map(PublicHoliday::name)
                .contains("Pfingstmontag");
        assertThat(calendar.holidayOn(LocalDate.of(2026, 6, 4), FederalState.BY)).map(PublicHoliday::name)
                .contains("Fronleichnam");
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 6, 4), FederalState.HH)).isFalse();
    }

    @Test
    void holidayCountPerStateIn2026() {
        Map<FederalState, Integer> expected = Map.ofEntries(
                Map.entry(FederalState.BW, 12), Map.entry(FederalState.BY, 13), Map.entry(FederalState.BE, 10),
                Map.entry(FederalState.BB, 12), Map.entry(FederalState.HB, 10), Map.entry(FederalState.HH, 10),
                Map.entry(FederalState.HE, 10), Map.entry(FederalState.MV, 11), Map.entry(FederalState.NI, 10),
                Map.entry(FederalState.NW, 11), Map.entry(FederalState.RP, 11), Map.entry(FederalState.SL, 12),
                Map.entry(FederalState.SN, 11), Map.entry(FederalState.ST, 11), Map.entry(FederalState.SH, 10),
                Map.entry(FederalState.TH, 11));
        for (FederalState state : FederalState.values()) {
            assertThat(calendar.holidaysIn(2026, state)).as(state.germanName()).hasSize(expected.get(state));
        }
    }

    @Test
    void reformationDayInSaxonyNotInBavaria() {
        LocalDate reformationDay = LocalDate.of(2025, 10, 31);
        assertThat(calendar.isPublicHoliday(reformationDay, FederalState.SN)).isTrue();
        assertThat(calendar.isPublicHoliday(reformationDay, FederalState.BY)).isFalse();
    }

    @Test
    void reformationDayInNorthFrom2018() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2016, 10, 31), FederalState.NI)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2017, 10, 31), FederalState.NI)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2017, 10, 31), FederalState.BY)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2018, 10, 31), FederalState.BY)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2018, 10, 31), FederalState.NI)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2018, 10, 31), FederalState.HH)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2018, 10, 31), FederalState.BE)).isFalse();
        assertThat(calendar.holidaysIn(2017, FederalState.SN).stream()
                .filter(h -> h.name().equals("Reformationstag"))).hasSize(1);
    }

    @Test
    void repentanceDayOnlyInSaxonySince1995() {
        // The Wednesday before 23 November: 19 November 2025, 18 November 2026.
        assertThat(calendar.holidayOn(LocalDate.of(2025, 11, 19), FederalState.SN)).map(PublicHoliday::name)
                .contains("Buß- und Bettag");
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 11, 18), FederalState.SN)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2025, 11, 19), FederalState.BY)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(1994, 11, 16), FederalState.BY)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(1995, 11, 22), FederalState.BY)).isFalse();
    }

    @Test
    void womensDayInBerlinFrom2019AndMecklenburgFrom2023() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2018, 3, 8), FederalState.BE)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2019, 3, 8), FederalState.BE)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2022, 3, 8), FederalState.MV)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2023, 3, 8), FederalState.MV)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2023, 3, 8), FederalState.BB)).isFalse();
    }

    @Test
    void childrensDayInThuringiaFrom2019() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2018, 9, 20), FederalState.TH)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2019, 9, 20), FederalState.TH)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2019, 9, 20), FederalState.SN)).isFalse();
    }

    @Test
    void allSaintsInTheSouthWestOnly() {
        LocalDate allSaints = LocalDate.of(2027, 11, 1);
        assertThat(calendar.isPublicHoliday(allSaints, FederalState.NW)).isTrue();
        assertThat(calendar.isPublicHoliday(allSaints, FederalState.BY)).isTrue();
        assertThat(calendar.isPublicHoliday(allSaints, FederalState.HE)).isFalse();
        assertThat(calendar.isPublicHoliday(allSaints, FederalState.SN)).isFalse();
    }

    @Test
    void berlinOneOffHolidays() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2025, 5, 8), FederalState.BE)).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 5, 8), FederalState.BE)).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2025, 5, 8), FederalState.BB)).isFalse();
    }

    @Test
    void unsupportedYearIsRejectedWithRange() {
        assertThatThrownBy(() -> calendar.holidaysIn(1989, FederalState.BE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1989")
                .hasMessageContaining("1991 bis 2999");
    }

    @Test
    void stateCodesParseWithOrWithoutCountryPrefix() {
        assertThat(FederalState.fromCode("sn")).isEqualTo(FederalState.SN);
        assertThat(FederalState.fromCode("DE-BY")).isEqualTo(FederalState.BY);
        assertThatThrownBy(() -> FederalState.fromCode("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unbekanntes Bundesland \"XX\"");
    }
}
