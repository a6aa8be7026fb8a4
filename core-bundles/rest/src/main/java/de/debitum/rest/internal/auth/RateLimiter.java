package de.debitum.rest.internal.auth;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts requests per API key in fixed one-minute windows. */
public final class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    private record Window(long start, int count) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Counts one request of the key; returns 0 when it is within the limit, otherwise the seconds
     * until the window ends.
     */
    public int acquire(long apiKeyId) {
        long now = clock.millis();
        Window window = windows.compute(apiKeyId, (id, current) ->
                current == null || now - current.start() >= WINDOW_MILLIS ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> now - entry.getValue().start() >= WINDOW_MILLIS);
        }
        if (window.count() <= perMinute) {
            return 0;
        }
        return (int) Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000);
    }
}
