package de.debitum.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ShellArgumentsTest {

    @Test
    void argumentsParseDatesAndPeriods() {
        assertThat(ShellArguments.date("from", " 2026-11-01 ")).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ShellArguments.period("2026-11")).isEqualTo(YearMonth.of(2026, 11));
        assertThatThrownBy(() -> ShellArguments.date("from", "01.11.2026"))
                .hasMessageContaining("'01.11.2026'").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ShellArguments.period("2026-13"))
                .hasMessageContaining("'2026-13'").hasMessageContaining("YYYY-MM");
    }
}
