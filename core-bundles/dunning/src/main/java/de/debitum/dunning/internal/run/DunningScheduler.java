package de.debitum.dunning.internal.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
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
import de.debitum.dunning.internal.calculation.NextLevelCalculator;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.RunResult;

/**
 * Runs dunning for every tenant once a day at a local time in Europe/Berlin, on its own thread.
 * A failing tenant is logged and the others still run.
 */
@Component(immediate = true, configurationPid = "de.debitum.dunning.schedule")
@Designate(ocd = DunningScheduler.Config.class)
public class DunningScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(DunningScheduler.class);

    @ObjectClassDefinition(name = "Debitum daily dunning run")
    public @interface Config {

        @AttributeDefinition(description = "Whether the daily run of every tenant is on")
        boolean enabled() default true;

        @AttributeDefinition(description = "Local time in Europe/Berlin of the daily run, as HH:mm, such as 06:00")
        String dailyRunTime() default "06:00";
    }

    private final DunningRunService service;
    private final TenantStore tenants;
    private final Clock clock;
    private final LocalTime runTime;
    private final ScheduledExecutorService executor;

    @Activate
    public DunningScheduler(@Reference DunningRunService service, @Reference TenantStore tenants, Config config) {
        this.service = service;
        this.tenants = tenants;
        this.clock = Clock.systemUTC();
        this.runTime = parseTime(config.dailyRunTime());
        if (config.enabled()) {
            this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "debitum-dunning-schedule"));
            scheduleNext();
        } else {
            this.executor = null;
            LOG.info("The daily dunning run is off (de.debitum.dunning.schedule enabled=false)");
        }
    }

    static LocalTime parseTime(String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid dailyRunTime '" + value + "' in de.debitum.dunning.schedule:"
                    + " use HH:mm in Europe/Berlin, such as 06:00.", e);
        }
    }

    /** Returns the next moment after {@code now} at which the local time in Berlin is {@code runTime}. */
    static ZonedDateTime nextRun(ZonedDateTime now, LocalTime runTime) {
        ZonedDateTime berlin = now.withZoneSameInstant(NextLevelCalculator.BERLIN);
        ZonedDateTime candidate = berlin.toLocalDate().atTime(runTime).atZone(NextLevelCalculator.BERLIN);
        return candidate.isAfter(berlin) ? candidate
                : berlin.toLocalDate().plusDays(1).atTime(runTime).atZone(NextLevelCalculator.BERLIN);
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = nextRun(now, runTime);
        long delay = Math.max(0, Duration.between(now, next).toMillis());
        try {
            executor.schedule(this::runAll, delay, TimeUnit.MILLISECONDS);
            LOG.info("Next daily dunning run at {}", next);
        } catch (RejectedExecutionException e) {
            // The component is being deactivated; its executor no longer takes work.
            LOG.debug("Daily dunning run not scheduled because the scheduler stopped", e);
        }
    }

    private void runAll() {
        LocalDate today = LocalDate.now(clock.withZone(NextLevelCalculator.BERLIN));
        try {
            for (Tenant tenant : tenants.list()) {
                try {
                    RunResult result = service.run(tenant.id(), today, DunningRunService.SCHEDULER);
                    LOG.info("Daily dunning run of tenant {}: {} notices, {} escalations, {} skipped", tenant.id(),
                            result.noticeCount(), result.escalationCount(), result.skipCount());
                } catch (RuntimeException e) {
                    LOG.error("Daily dunning run of tenant {} failed: {}", tenant.id(), e.getMessage());
                    LOG.debug("Dunning run failure of tenant {}", tenant.id(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Daily dunning run could not list the tenants: {}", e.getMessage());
            LOG.debug("Tenant listing failure", e);
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
