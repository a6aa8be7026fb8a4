package de.debitum.dunning.internal.run;

import java.time.Clock;
import java.time.LocalDate;

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
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.RunResult;

/**
 * Runs dunning for every tenant once a day at a local time in Europe/Berlin, on its own thread.
 * A failing tenant is logged and the others still run.
 */
@Component(immediate = true, configurationPid = DunningScheduler.PID)
@Designate(ocd = DunningScheduler.Config.class)
public class DunningScheduler {

    static final String PID = "de.debitum.dunning.schedule";
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
    private final DailySchedule schedule;

    @Activate
    public DunningScheduler(@Reference DunningRunService service, @Reference TenantStore tenants, Config config) {
        this.service = service;
        this.tenants = tenants;
        var runTime = DailySchedule.parseTime(config.dailyRunTime(), PID, "06:00");
        if (config.enabled()) {
            this.schedule = DailySchedule.start("dunning-schedule", runTime, Clock.systemUTC(), this::runAll);
        } else {
            this.schedule = null;
            LOG.info("The daily dunning run is off ({} enabled=false)", PID);
        }
    }

    private void runAll(LocalDate today) {
        DailySchedule.forEachTenant(tenants, "Daily dunning run", tenant -> runFor(tenant, today));
    }

    private void runFor(Tenant tenant, LocalDate today) {
        RunResult result = service.run(tenant.id(), today, DunningRunService.SCHEDULER);
        LOG.info("Daily dunning run of tenant {}: {} notices, {} escalations, {} skipped", tenant.id(),
                result.noticeCount(), result.escalationCount(), result.skipCount());
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.close();
        }
    }
}
