package de.debitum.rest.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void limitAppliesPerKeyAndWindow() {
        MovableClock clock = new MovableClock();
        RateLimiter limiter = new RateLimiter(3, clock);

        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isZero();
        clock.now = clock.now.plusSeconds(20);
        assertThat(limiter.acquire(1)).isEqualTo(40);
        assertThat(limiter.acquire(2)).isZero();

        clock.now = clock.now.plusSeconds(40);
        assertThat(limiter.acquire(1)).isZero();
    }
}
