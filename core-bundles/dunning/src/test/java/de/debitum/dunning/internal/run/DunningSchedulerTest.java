package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DunningSchedulerTest {

    private static final LocalTime RUN_TIME = LocalTime.of(6, 0);

    @Test
    void nextRunLaterToday() {
        ZonedDateTime now = ZonedDateTime.of(2025, 1, 23, 4, 0, 0, 0, ZoneOffset.UTC);

        // 04:00 UTC is 05:00 in Berlin in winter, so today's 06:00 run is still ahead.
        assertThat(DunningScheduler.nextRun(now, RUN_TIME).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 1, 23, 5, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void nextRunTomorrowAfterTime() {
        ZonedDateTime now = ZonedDateTime.of(2025, 7, 10, 4, 0, 0, 0, ZoneOffset.UTC);

        // 04:00 UTC is 06:00 in Berlin in summer: the run of today has just started, so the next is tomorrow.
        assertThat(DunningScheduler.nextRun(now, RUN_TIME).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 7, 11, 4, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void nextRunAcrossClockChange() {
        // Sunday 2025-03-30 Berlin moves from UTC+1 to UTC+2.
        ZonedDateTime now = ZonedDateTime.of(2025, 3, 29, 12, 0, 0, 0, ZoneOffset.UTC);

        assertThat(DunningScheduler.nextRun(now, RUN_TIME).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 3, 30, 4, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void invalidTimeIsRejected() {
        assertThatThrownBy(() -> DunningScheduler.parseTime("6 Uhr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'6 Uhr'")
                .hasMessageContaining("HH:mm");
        assertThat(DunningScheduler.parseTime(" 06:30 ")).isEqualTo(LocalTime.of(6, 30));
    }
}
