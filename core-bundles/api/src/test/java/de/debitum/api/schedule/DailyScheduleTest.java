package de.debitum.api.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class DailyScheduleTest {

    private static final LocalTime SIX = LocalTime.of(6, 0);

    @Test
    void nextRunLaterToday() {
        ZonedDateTime now = ZonedDateTime.of(2025, 1, 23, 4, 0, 0, 0, ZoneOffset.UTC);

        // 04:00 UTC is 05:00 in Berlin in winter, so today's 06:00 run is still ahead.
        assertThat(DailySchedule.nextRun(now, SIX).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 1, 23, 5, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void nextRunTomorrowAfterTime() {
        ZonedDateTime now = ZonedDateTime.of(2025, 7, 10, 4, 0, 0, 0, ZoneOffset.UTC);

        // 04:00 UTC is 06:00 in Berlin in summer: today's run has just started, so the next is tomorrow.
        assertThat(DailySchedule.nextRun(now, SIX).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 7, 11, 4, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void nextRunAcrossClockChange() {
        // Sunday 2025-03-30 Berlin moves from UTC+1 to UTC+2.
        ZonedDateTime now = ZonedDateTime.of(2025, 3, 29, 12, 0, 0, 0, ZoneOffset.UTC);

        assertThat(DailySchedule.nextRun(now, SIX).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 3, 30, 4, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void invalidTimeNamesValueAndForm() {
        assertThatThrownBy(() -> DailySchedule.parseTime("6 Uhr", "de.debitum.x", "06:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'6 Uhr'")
                .hasMessageContaining("de.debitum.x")
                .hasMessageContaining("HH:mm");
        assertThat(DailySchedule.parseTime(" 06:30 ", "de.debitum.x", "06:00")).isEqualTo(LocalTime.of(6, 30));
    }

    @Test
    void runsWorkWithTheDayInBerlin() throws InterruptedException {
        // 23:59:59.8 UTC on 31 December is 00:59:59.8 on 1 January in Berlin; the run at 01:00 is due.
        Clock clock = Clock.fixed(ZonedDateTime.of(2025, 12, 31, 23, 59, 59, 800_000_000, ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC);
        BlockingQueue<LocalDate> days = new LinkedBlockingQueue<>();

        try (DailySchedule schedule = DailySchedule.start("test", LocalTime.of(1, 0), clock, days::add)) {
            assertThat(days.poll(10, TimeUnit.SECONDS)).isEqualTo(LocalDate.of(2026, 1, 1));
        }
    }
}
