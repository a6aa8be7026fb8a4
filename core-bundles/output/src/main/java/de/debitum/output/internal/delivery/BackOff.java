package de.debitum.output.internal.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * Delays between delivery attempts: the first retry after {@code firstDelay}, each further one
 * four times later, at most {@code maxDelay}; no attempt after {@code maxAttempts}. With the
 * defaults (1 min, 6 h, 8 attempts) the retries come after 1, 4, 16 and 64 minutes, then
 * about 4.3 h and 6 h, and an entry fails for good about 18 hours after its first attempt.
 */
public record BackOff(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public BackOff {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid retry settings: first delay " + firstDelay + ", maximum delay "
                    + maxDelay + ", attempts " + maxAttempts + ". Use a positive first delay, a maximum delay at"
                    + " least as long, and 1 or more attempts.");
        }
    }

    /** Returns when to try again after {@code attempts} failed attempts, or null when none is left. */
    public Instant nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(4);
        }
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
