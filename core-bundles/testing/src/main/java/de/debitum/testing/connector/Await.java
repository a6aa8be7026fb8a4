package de.debitum.testing.connector;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that a route fulfils asynchronously. */
public final class Await {

    /** Time the kit waits by default: long enough for a slow CI machine, short enough to fail visibly. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} until {@code condition} holds. */
    public static void until(String description, BooleanSupplier condition) throws InterruptedException {
        until(description, DEFAULT_TIMEOUT, condition);
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @throws AssertionError naming {@code description} when the condition still fails after {@code timeout}
     */
    public static void until(String description, Duration timeout, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(description + ": not reached within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
