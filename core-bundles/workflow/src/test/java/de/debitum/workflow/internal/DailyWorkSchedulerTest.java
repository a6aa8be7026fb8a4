package de.debitum.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DailyWorkSchedulerTest {

    @Test
    void nextRunIsTodayBeforeTheTime() {
        ZonedDateTime now = ZonedDateTime.parse("2026-12-04T04:00:00Z");
        assertThat(DailyWorkScheduler.nextRun(now, LocalTime.of(6, 15)))
                .isEqualTo(ZonedDateTime.parse("2026-12-04T06:15:00+01:00[Europe/Berlin]"));
    }

    @Test
    void nextRunIsTomorrowAfterTheTime() {
        ZonedDateTime now = ZonedDateTime.parse("2026-12-04T06:00:00Z");
        assertThat(DailyWorkScheduler.nextRun(now, LocalTime.of(6, 15)))
                .isEqualTo(ZonedDateTime.parse("2026-12-05T06:15:00+01:00[Europe/Berlin]"));
    }

    @Test
    void nextRunKeepsLocalTimeAcrossTheClockChange() {
        ZonedDateTime now = ZonedDateTime.parse("2026-03-28T12:00:00Z");
        assertThat(DailyWorkScheduler.nextRun(now, LocalTime.of(6, 15)))
                .isEqualTo(ZonedDateTime.parse("2026-03-29T06:15:00+02:00[Europe/Berlin]"));
    }

    @Test
    void invalidTimeIsNamed() {
        assertThatThrownBy(() -> DailyWorkScheduler.parseTime("6 Uhr"))
                .hasMessageContaining("6 Uhr").hasMessageContaining("de.debitum.workflow.schedule");
    }
}
