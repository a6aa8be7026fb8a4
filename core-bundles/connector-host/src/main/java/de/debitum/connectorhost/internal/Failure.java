package de.debitum.connectorhost.internal;

import java.time.Duration;
import java.time.Instant;

import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.InstanceState;

/**
 * The last failure of an instance and when to try again.
 *
 * @param state       FAILED (retried with back-off) or INVALID_CONFIGURATION (retried when the
 *                    configuration changes)
 * @param failedWith  the desired state that failed, so that a change of it retries at once
 */
record Failure(InstanceState state, String message, Instant at, int attempts, Instant nextAttempt,
               ConnectorInstance failedWith) {

    /** Doubles the wait from {@code initial} with each attempt, up to {@code maximum}. */
    static Instant nextAttempt(Instant now, int attempts, Duration initial, Duration maximum) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = initial.multipliedBy(factor);
        return now.plus(wait.compareTo(maximum) > 0 ? maximum : wait);
    }
}
