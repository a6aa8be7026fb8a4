package de.debitum.matching.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.ingest.ImportListener;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.TenantId;
import de.debitum.matching.MatchingService;
import de.debitum.matching.MatchingSettings;

/**
 * Matches when data arrives: new payments are matched over their booking days, and new
 * documents start a sweep over the last 400 days, because a payment that found no invoice
 * before may pay the one that just arrived.
 *
 * <p>Batches arrive one per file, and each run reads all open items of the tenant. So the matcher
 * waits until no batch of the tenant has arrived for a quiet time, or until the first waiting
 * batch is {@code maxWaitMillis} old while files keep streaming in, and then runs once over
 * everything that arrived meanwhile, on its own thread, one tenant after the other.
 * Configuration pid {@code de.debitum.matching.arrival}: {@code enabled} (default true),
 * {@code quietMillis} (default 2000) and {@code maxWaitMillis} (default 30000).
 */
@Component(service = ImportListener.class, configurationPid = "de.debitum.matching.arrival",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ArrivalMatcher implements ImportListener {

    private static final Logger LOG = LoggerFactory.getLogger(ArrivalMatcher.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final int SWEEP_DAYS = DefaultMatchingService.MAX_DAYS - 1;

    /** Booking days still to match for one tenant; {@code null} days mean nothing but a sweep. */
    private static final class Pending {
        LocalDate from;
        LocalDate to;
        boolean sweep;
        boolean scheduled;
        long firstAt;
        long lastAt;
    }

    private final MatchingService matching;
    private final Clock clock;
    private final boolean enabled;
    private final long quietMillis;
    private final long maxWaitMillis;
    private final ScheduledExecutorService worker;
    private final Map<TenantId, Pending> pending = new HashMap<>();

    @Activate
    public ArrivalMatcher(@Reference MatchingService matching, Map<String, Object> properties) {
        this(matching, Clock.system(BERLIN), !"false".equals(String.valueOf(properties.getOrDefault("enabled", "true"))),
                Long.parseLong(String.valueOf(properties.getOrDefault("quietMillis", "2000"))),
                Long.parseLong(String.valueOf(properties.getOrDefault("maxWaitMillis", "30000"))));
    }

    public ArrivalMatcher(MatchingService matching, Clock clock, boolean enabled, long quietMillis) {
        this(matching, clock, enabled, quietMillis, Math.max(quietMillis, 30_000));
    }

    public ArrivalMatcher(MatchingService matching, Clock clock, boolean enabled, long quietMillis, long maxWaitMillis) {
        this.matching = Objects.requireNonNull(matching, "matching");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.enabled = enabled;
        if (quietMillis < 0 || quietMillis > 600_000) {
            throw new IllegalArgumentException("Invalid quietMillis " + quietMillis
                    + " in de.debitum.matching.arrival: give 0 to 600000 milliseconds.");
        }
        this.quietMillis = quietMillis;
        if (maxWaitMillis < quietMillis || maxWaitMillis > 3_600_000) {
            throw new IllegalArgumentException("Invalid maxWaitMillis " + maxWaitMillis
                    + " in de.debitum.matching.arrival: give quietMillis (" + quietMillis + ") to 3600000 milliseconds.");
        }
        this.maxWaitMillis = maxWaitMillis;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "debitum-arrival-matching");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void batchStored(IngestionBatch batch, ImportReport report) {
        if (!enabled || report.created() + report.updated() == 0) {
            return;
        }
        LocalDate from = null;
        LocalDate to = null;
        boolean documents = false;
        for (CanonicalRecord record : batch.records()) {
            if (record instanceof PaymentData payment && payment.bookingDate() != null) {
                from = from == null || payment.bookingDate().isBefore(from) ? payment.bookingDate() : from;
                to = to == null || payment.bookingDate().isAfter(to) ? payment.bookingDate() : to;
            } else if (record instanceof DocumentData) {
                documents = true;
            }
        }
        if (from == null && !documents) {
            return;
        }
        synchronized (pending) {
            Pending next = pending.computeIfAbsent(batch.tenant(), tenant -> new Pending());
            if (from != null) {
                next.from = next.from == null || from.isBefore(next.from) ? from : next.from;
                next.to = next.to == null || to.isAfter(next.to) ? to : next.to;
            }
            next.sweep |= documents;
            long now = System.nanoTime();
            next.lastAt = now;
            if (!next.scheduled) {
                next.scheduled = true;
                next.firstAt = now;
                worker.schedule(() -> run(batch.tenant()), quietMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void run(TenantId tenant) {
        Pending work;
        synchronized (pending) {
            work = pending.get(tenant);
            if (work == null) {
                return;
            }
            long now = System.nanoTime();
            long quietLeft = TimeUnit.MILLISECONDS.toNanos(quietMillis) - (now - work.lastAt);
            long waitLeft = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis) - (now - work.firstAt);
            if (quietLeft > 0 && waitLeft > 0) {
                // Batches are still arriving: wait for the quiet time or the maximum wait.
                worker.schedule(() -> run(tenant), Math.min(quietLeft, waitLeft), TimeUnit.NANOSECONDS);
                return;
            }
            pending.remove(tenant);
        }
        try {
            LocalDate today = LocalDate.now(clock);
            if (work.sweep) {
                matching.match(tenant, today.minusDays(SWEEP_DAYS), today, MatchingSettings.DEFAULTS);
                // Payments booked before the sweep's first day, if any, are matched below.
                if (work.from != null && work.from.isBefore(today.minusDays(SWEEP_DAYS))) {
                    matchInChunks(tenant, work.from, today.minusDays(SWEEP_DAYS + 1));
                }
            } else {
                matchInChunks(tenant, work.from, work.to);
            }
        } catch (RuntimeException e) {
            // The sweep of the next batch or the daily run picks these payments up again.
            LOG.warn("Matching after an import failed for tenant {}: {}", tenant, e.toString());
            LOG.debug("Arrival matching failure", e);
        }
    }

    private void matchInChunks(TenantId tenant, LocalDate from, LocalDate to) {
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(SWEEP_DAYS + 1)) {
            LocalDate end = start.plusDays(SWEEP_DAYS).isAfter(to) ? to : start.plusDays(SWEEP_DAYS);
            matching.match(tenant, start, end, MatchingSettings.DEFAULTS);
        }
    }

    /**
     * Waits until no run is pending or running, for at most the given time; for tests and the
     * demo. Runs are removed from the pending ones when they start, and the worker is a single
     * thread, so an empty task submitted after that waits for the running one.
     */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            if (isPendingEmpty()) {
                try {
                    worker.submit(() -> { }).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return false;
                }
                if (isPendingEmpty()) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    private boolean isPendingEmpty() {
        synchronized (pending) {
            return pending.isEmpty();
        }
    }

    @Deactivate
    public void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
