package de.debitum.workflow.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.Tenant;
import de.debitum.api.store.TenantStore;
import de.debitum.workflow.DailyWork;
import de.debitum.workflow.DailyWorkOptions;
import de.debitum.workflow.DailyWorkResult;

/**
 * Runs every tenant's daily work once a day at a local time in Europe/Berlin, after the daily
 * dunning run: approved notices (all of them when the tenant turned automatic sending on) go to
 * the outbox, and the day's business events are booked. Nothing is approved and nothing is
 * exported on a schedule. A failing tenant is logged and the others still run.
 */
@Component(immediate = true, configurationPid = "de.debitum.workflow.schedule")
@Designate(ocd = DailyWorkScheduler.Config.class)
public class DailyWorkScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(DailyWorkScheduler.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String ACTOR = "daily-work-scheduler";

    @ObjectClassDefinition(name = "Debitum daily work")
    public @interface Config {

        @AttributeDefinition(description = "Whether the daily work of every tenant runs on a schedule")
        boolean enabled() default true;

        @AttributeDefinition(description = "Local time in Europe/Berlin of the daily work, as HH:mm, such as 06:15")
        String dailyRunTime() default "06:15";
    }

    private final DailyWork dailyWork;
    private final TenantStore tenants;
    private final Clock clock = Clock.systemUTC();
    private final LocalTime runTime;
    private final ScheduledExecutorService executor;

    @Activate
    public DailyWorkScheduler(@Reference DailyWork dailyWork, @Reference TenantStore tenants, Config config) {
        this.dailyWork = dailyWork;
        this.tenants = tenants;
        this.runTime = parseTime(config.dailyRunTime());
        if (config.enabled()) {
            this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "debitum-daily-work"));
            scheduleNext();
        } else {
            this.executor = null;
            LOG.info("The scheduled daily work is off (de.debitum.workflow.schedule enabled=false)");
        }
    }

    static LocalTime parseTime(String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid dailyRunTime '" + value + "' in de.debitum.workflow.schedule:"
                    + " use HH:mm in Europe/Berlin, such as 06:15.", e);
        }
    }

    /** Returns the next moment after {@code now} at which the local time in Berlin is {@code runTime}. */
    static ZonedDateTime nextRun(ZonedDateTime now, LocalTime runTime) {
        ZonedDateTime berlin = now.withZoneSameInstant(BERLIN);
        ZonedDateTime candidate = berlin.toLocalDate().atTime(runTime).atZone(BERLIN);
        return candidate.isAfter(berlin) ? candidate : berlin.toLocalDate().plusDays(1).atTime(runTime).atZone(BERLIN);
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = nextRun(now, runTime);
        try {
            executor.schedule(this::runAll, Math.max(0, Duration.between(now, next).toMillis()), TimeUnit.MILLISECONDS);
            LOG.info("Next scheduled daily work at {}", next);
        } catch (RejectedExecutionException e) {
            LOG.debug("Daily work not scheduled because the scheduler stopped", e);
        }
    }

    private void runAll() {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        try {
            for (Tenant tenant : tenants.list()) {
                try {
                    Path folder = Path.of(System.getProperty("karaf.data", "data"), "daily-work", tenant.id().value());
                    DailyWorkResult result = dailyWork.run(tenant.id(), today,
                            new DailyWorkOptions(false, folder, List.of(), ACTOR));
                    LOG.info("Scheduled daily work of tenant {}: {} letters, {} letter failures, {} bookings",
                            tenant.id(), result.letterCount(), result.letterFailures().size(),
                            result.booking().bookings());
                } catch (RuntimeException e) {
                    LOG.error("Scheduled daily work of tenant {} failed: {}", tenant.id(), e.getMessage());
                    LOG.debug("Daily work failure of tenant {}", tenant.id(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Scheduled daily work could not list the tenants: {}", e.getMessage());
        } finally {
            scheduleNext();
        }
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
