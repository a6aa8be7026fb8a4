package de.debitum.workflow.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import de.debitum.api.schedule.DailySchedule;
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
@Component(immediate = true, configurationPid = DailyWorkScheduler.PID)
@Designate(ocd = DailyWorkScheduler.Config.class)
public class DailyWorkScheduler {

    static final String PID = "de.debitum.workflow.schedule";
    static final String ACTOR = "daily-work-scheduler";
    private static final Logger LOG = LoggerFactory.getLogger(DailyWorkScheduler.class);

    @ObjectClassDefinition(name = "Debitum daily work")
    public @interface Config {

        @AttributeDefinition(description = "Whether the daily work of every tenant runs on a schedule")
        boolean enabled() default true;

        @AttributeDefinition(description = "Local time in Europe/Berlin of the daily work, as HH:mm, such as 06:15")
        String dailyRunTime() default "06:15";
    }

    private final DailyWork dailyWork;
    private final TenantStore tenants;
    private final DailySchedule schedule;

    @Activate
    public DailyWorkScheduler(@Reference DailyWork dailyWork, @Reference TenantStore tenants, Config config) {
        this.dailyWork = dailyWork;
        this.tenants = tenants;
        var runTime = DailySchedule.parseTime(config.dailyRunTime(), PID, "06:15");
        if (config.enabled()) {
            this.schedule = DailySchedule.start("daily-work", runTime, Clock.systemUTC(), this::runAll);
        } else {
            this.schedule = null;
            LOG.info("The scheduled daily work is off ({} enabled=false)", PID);
        }
    }

    private void runAll(LocalDate today) {
        DailySchedule.forEachTenant(tenants, "Scheduled daily work", tenant -> runFor(tenant, today));
    }

    private void runFor(Tenant tenant, LocalDate today) {
        Path folder = Path.of(System.getProperty("karaf.data", "data"), "daily-work", tenant.id().value());
        DailyWorkResult result = dailyWork.run(tenant.id(), today, new DailyWorkOptions(false, folder, List.of(), ACTOR));
        LOG.info("Scheduled daily work of tenant {}: {} letters, {} letter failures, {} bookings", tenant.id(),
                result.letterCount(), result.letterFailures().size(), result.booking().bookings());
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.close();
        }
    }
}
