package de.debitum.connectorhost.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FencedCallsTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final FencedCalls fenced = new FencedCalls(executor, Duration.ofMillis(300));

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    @Test
    void resultIsReturned() {
        assertThat(fenced.call("Adding", () -> 1 + 1)).isEqualTo(2);
    }

    @Test
    void hangingCallTimesOutAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> fenced.call("Creating the routes of connector slow", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        })).isInstanceOf(FencedCalls.FencedCallException.class)
                .hasMessage("Creating the routes of connector slow did not finish within 0 s.");

        assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void thrownErrorNamesCallAndCause() {
        assertThatThrownBy(() -> fenced.call("Starting the routes of connector broken", () -> {
            throw new IllegalStateException("folder /nope missing");
        })).hasMessage("Starting the routes of connector broken failed: IllegalStateException: folder /nope missing");
    }

    @Test
    void backoffDoublesUpToMaximum() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        Duration initial = Duration.ofSeconds(5);
        Duration maximum = Duration.ofSeconds(60);

        assertThat(Failure.nextAttempt(now, 1, initial, maximum)).isEqualTo(now.plusSeconds(5));
        assertThat(Failure.nextAttempt(now, 2, initial, maximum)).isEqualTo(now.plusSeconds(10));
        assertThat(Failure.nextAttempt(now, 4, initial, maximum)).isEqualTo(now.plusSeconds(40));
        assertThat(Failure.nextAttempt(now, 5, initial, maximum)).isEqualTo(now.plusSeconds(60));
        assertThat(Failure.nextAttempt(now, 40, initial, maximum)).isEqualTo(now.plusSeconds(60));
    }
}
