package de.debitum.dunning.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Statutory public holidays per German federal state.
 *
 * <p>Nine holidays are nationwide: Neujahr, Karfreitag, Ostermontag, Tag der Arbeit, Christi
 * Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit and both Christmas days. Every other
 * holiday is set by the state's own holiday act (Feiertagsgesetz) from a given year. Reformationstag
 * is kept in Bremen, Hamburg, Niedersachsen and Schleswig-Holstein from 2018, and was kept in every
 * state in 2017 only. Internationaler Frauentag is kept in Berlin from 2019 and in
 * Mecklenburg-Vorpommern from 2023, Weltkindertag in Thüringen from 2019. Buß- und Bettag is kept
 * only in Sachsen from 1995 (nationwide before). Berlin had or has one-off days on 8 May 2020 and
 * 2025 and on 17 June 2028. Easter-dependent dates come from the Gregorian computus.
 *
 * <p>NOTE: holidays that only some municipalities keep are not modelled: Fronleichnam in parts
 * of Sachsen and Thüringen, and the Augsburger Friedensfest (8 August, city of Augsburg).
 * Mariä Himmelfahrt counts for all of Bayern although only its predominantly Catholic
 * municipalities keep it. For a payment deadline this errs on the debtor's side, later by a day.
 */
public final class PublicHolidayCalendar {

    /** The first year after German reunification; earlier years had other holidays. */
    public static final int FIRST_SUPPORTED_YEAR = 1991;
    public static final int LAST_SUPPORTED_YEAR = 2999;

    private static final int OPEN_END = LAST_SUPPORTED_YEAR;
    private static final Set<FederalState> ALL = EnumSet.allOf(FederalState.class);
    private static final Set<FederalState> EAST_REFORMATION =
            EnumSet.of(FederalState.BB, FederalState.MV, FederalState.SN, FederalState.ST, FederalState.TH);
    private static final Set<FederalState> CATHOLIC_SOUTH_WEST =
            EnumSet.of(FederalState.BW, FederalState.BY, FederalState.NW, FederalState.RP, FederalState.SL);

    private static final List<Rule> RULES = List.of(
            fixed("Neujahr", 1, 1, ALL, FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("Heilige Drei Könige", 1, 6,
                    EnumSet.of(FederalState.BW, FederalState.BY, FederalState.ST), FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("Internationaler Frauentag", 3, 8, EnumSet.of(FederalState.BE), 2019, OPEN_END),
            fixed("Internationaler Frauentag", 3, 8, EnumSet.of(FederalState.MV), 2023, OPEN_END),
            easter("Karfreitag", -2, ALL),
            easter("Ostersonntag", 0, EnumSet.of(FederalState.BB)),
            easter("Ostermontag", 1, ALL),
            fixed("Tag der Arbeit", 5, 1, ALL, FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("Tag der Befreiung", 5, 8, EnumSet.of(FederalState.BE), 2020, 2020),
            fixed("Tag der Befreiung", 5, 8, EnumSet.of(FederalState.BE), 2025, 2025),
            easter("Christi Himmelfahrt", 39, ALL),
            easter("Pfingstsonntag", 49, EnumSet.of(FederalState.BB)),
            easter("Pfingstmontag", 50, ALL),
            easter("Fronleichnam", 60, EnumSet.of(FederalState.BW, FederalState.BY, FederalState.HE,
                    FederalState.NW, FederalState.RP, FederalState.SL)),
            fixed("Jahrestag des Volksaufstandes vom 17. Juni 1953", 6, 17, EnumSet.of(FederalState.BE), 2028, 2028),
            fixed("Mariä Himmelfahrt", 8, 15, EnumSet.of(FederalState.BY, FederalState.SL),
                    FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("Weltkindertag", 9, 20, EnumSet.of(FederalState.TH), 2019, OPEN_END),
            fixed("Tag der Deutschen Einheit", 10, 3, ALL, FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("Reformationstag", 10, 31, EAST_REFORMATION, FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("Reformationstag", 10, 31,
                    EnumSet.of(FederalState.HB, FederalState.HH, FederalState.NI, FederalState.SH), 2018, OPEN_END),
            fixed("Reformationstag", 10, 31, EnumSet.complementOf(EnumSet.copyOf(EAST_REFORMATION)), 2017, 2017),
            fixed("Allerheiligen", 11, 1, CATHOLIC_SOUTH_WEST, FIRST_SUPPORTED_YEAR, OPEN_END),
            new Rule("Buß- und Bettag", PublicHolidayCalendar::repentanceDay, EnumSet.of(FederalState.SN),
                    1995, OPEN_END),
            new Rule("Buß- und Bettag", PublicHolidayCalendar::repentanceDay, ALL, FIRST_SUPPORTED_YEAR, 1994),
            fixed("1. Weihnachtstag", 12, 25, ALL, FIRST_SUPPORTED_YEAR, OPEN_END),
            fixed("2. Weihnachtstag", 12, 26, ALL, FIRST_SUPPORTED_YEAR, OPEN_END));

    private final Map<Long, List<PublicHoliday>> cache = new ConcurrentHashMap<>();

    /**
     * Returns the holidays of one year in one state, by date.
     *
     * @throws IllegalArgumentException if the year is outside {@value #FIRST_SUPPORTED_YEAR} to
     *                                  {@value #LAST_SUPPORTED_YEAR}
     */
    public List<PublicHoliday> holidaysIn(int year, FederalState state) {
        requireSupported(year);
        long key = (long) year * 100 + state.ordinal();
        return cache.computeIfAbsent(key, unused -> compute(year, state));
    }

    public Optional<PublicHoliday> holidayOn(LocalDate date, FederalState state) {
        return holidaysIn(date.getYear(), state).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public boolean isPublicHoliday(LocalDate date, FederalState state) {
        return holidayOn(date, state).isPresent();
    }

    /**
     * Returns Easter Sunday of a Gregorian year by the anonymous Gregorian computus, e.g.
     * 2024-03-31, 2025-04-20, 2026-04-05.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Buß- und Bettag is the last Wednesday before 23 November, so between 16 and 22 November. */
    static LocalDate repentanceDay(int year) {
        return LocalDate.of(year, 11, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
    }

    private static List<PublicHoliday> compute(int year, FederalState state) {
        List<PublicHoliday> holidays = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.appliesTo(year, state)) {
                holidays.add(new PublicHoliday(rule.date().apply(year), rule.name()));
            }
        }
        holidays.sort(Comparator.comparing(PublicHoliday::date));
        return List.copyOf(holidays);
    }

    private static void requireSupported(int year) {
        if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("Feiertage für das Jahr " + year + " sind nicht hinterlegt; unterstützt"
                    + " sind " + FIRST_SUPPORTED_YEAR + " bis " + LAST_SUPPORTED_YEAR + ". / No public holidays for "
                    + year + "; supported years are " + FIRST_SUPPORTED_YEAR + " to " + LAST_SUPPORTED_YEAR + ".");
        }
    }

    private static Rule fixed(String name, int month, int day, Set<FederalState> states, int fromYear, int toYear) {
        MonthDay monthDay = MonthDay.of(month, day);
        return new Rule(name, monthDay::atYear, states, fromYear, toYear);
    }

    private static Rule easter(String name, int offsetDays, Set<FederalState> states) {
        return new Rule(name, year -> easterSunday(year).plusDays(offsetDays), states, FIRST_SUPPORTED_YEAR, OPEN_END);
    }

    private record Rule(String name, IntFunction<LocalDate> date, Set<FederalState> states, int fromYear, int toYear) {

        boolean appliesTo(int year, FederalState state) {
            return year >= fromYear && year <= toYear && states.contains(state);
        }
    }
}
