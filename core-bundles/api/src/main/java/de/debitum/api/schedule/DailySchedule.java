package de.debitum.api.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.Tenant;
import de.debitum.api.store.TenantStore;

/**
 * Runs a piece of work once a day at a local time in Europe/Berlin, on a thread of its own. The
 * work gets the day in Berlin; when it fails, the failure is logged and the next day's run is
 * still scheduled. {@link #close()} stops the thread.
 */
public final class DailySchedule implements AutoCloseable {

    /** The time zone of every daily run. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Logger LOG = LoggerFactory.getLogger(DailySchedule.class);

    private final String name;
    private final LocalTime runTime;
    private final Clock clock;
    private final Consumer<LocalDate> work;
    private final ScheduledExecutorService executor;

    private DailySchedule(String name, LocalTime runTime, Clock clock, Consumer<LocalDate> work) {
        this.name = name;
        this.runTime = runTime;
        this.clock = clock;
        this.work = work;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "debitum-" + name));
    }

    /**
     * Starts a schedule whose first run is the next time {@code runTime} comes round in Berlin.
     *
     * @param name    short name for the thread and the log, such as {@code dunning-schedule}
     * @param runTime local time in Berlin
     * @param clock   the source of the current time
     * @param work    called with the day in Berlin on each run
     */
    public static DailySchedule start(String name, LocalTime runTime, Clock clock, Consumer<LocalDate> work) {
        DailySchedule schedule = new DailySchedule(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(runTime, "runTime"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(work, "work"));
        schedule.scheduleNext();
        return schedule;
    }

    /**
     * Reads a time of day in the form HH:mm.
     *
     * @param value   the configured value
     * @param pid     the configuration PID, named in the error
     * @param example a valid value, named in the error
     * @throws IllegalArgumentException naming the value and the form to use
     */
    public static LocalTime parseTime(String value, String pid, String example) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid dailyRunTime '" + value + "' in " + pid
                    + ": use HH:mm in Europe/Berlin, such as " + example + ".", e);
        }
    }

    /** Returns the next moment after {@code now} at which the local time in Berlin is {@code runTime}. */
    public static ZonedDateTime nextRun(ZonedDateTime now, LocalTime runTime) {
        ZonedDateTime berlin = now.withZoneSameInstant(BERLIN);
        ZonedDateTime candidate = berlin.toLocalDate().atTime(runTime).atZone(BERLIN);
        return candidate.isAfter(berlin) ? candidate : berlin.toLocalDate().plusDays(1).atTime(runTime).atZone(BERLIN);
    }

    /**
     * Calls {@code work} for every tenant; a tenant whose work throws is logged and the others
     * still get theirs.
     *
     * @param workName the work's name in the log, such as {@code Daily dunning run}
     */
    public static void forEachTenant(TenantStore tenants, String workName, Consumer<Tenant> work) {
        try {
            for (Tenant tenant : tenants.list()) {
                try {
                    work.accept(tenant);
                } catch (RuntimeException e) {
                    LOG.error("{} of tenant {} failed: {}", workName, tenant.id(), e.getMessage());
                    LOG.debug("{} failure of tenant {}", workName, tenant.id(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("{} could not list the tenants: {}", workName, e.getMessage());
            LOG.debug("Tenant listing failure", e);
        }
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = nextRun(now, runTime);
        try {
            executor.schedule(this::runOnce, Math.max(0, Duration.between(now, next).toMillis()), TimeUnit.MILLISECONDS);
            LOG.info("Next run of {} at {}", name, next);
        } catch (RejectedExecutionException e) {
            // The schedule was closed; its executor no longer takes work.
            LOG.debug("{} not scheduled because the schedule stopped", name, e);
        }
    }

    private void runOnce() {
        try {
            work.accept(LocalDate.now(clock.withZone(BERLIN)));
        } catch (RuntimeException e) {
            LOG.error("Run of {} failed: {}", name, e.getMessage());
            LOG.debug("Failure of {}", name, e);
        } finally {
            scheduleNext();
        }
    }

    /** Stops the thread; a run in progress is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
