package de.debitum.output.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackOffTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void delaysGrowFourfoldUpToMaximum() {
        BackOff backOff = new BackOff(Duration.ofMinutes(1), Duration.ofHours(6), 8);

        assertThat(backOff.nextAttempt(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(backOff.nextAttempt(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(backOff.nextAttempt(3, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(16)));
        assertThat(backOff.nextAttempt(5, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(256)));
        assertThat(backOff.nextAttempt(6, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(backOff.nextAttempt(7, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void noAttemptAfterTheLast() {
        BackOff backOff = new BackOff(Duration.ofMinutes(1), Duration.ofHours(6), 8);

        assertThat(backOff.nextAttempt(8, NOW)).isNull();
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new BackOff(Duration.ZERO, Duration.ofHours(1), 3)).hasMessageContaining("first delay PT0S");
        assertThatThrownBy(() -> new BackOff(Duration.ofMinutes(1), Duration.ofHours(1), 0)).hasMessageContaining("attempts 0");
    }
}
