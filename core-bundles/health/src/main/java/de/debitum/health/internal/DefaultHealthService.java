package de.debitum.health.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthContributor;
import de.debitum.api.health.HealthReport;
import de.debitum.api.health.HealthService;

/** Runs every registered {@link HealthContributor} and checks the bundle states. */
@Component(service = HealthService.class)
public class DefaultHealthService implements HealthService {

    /** Time every contributor together may take before the slow ones are reported DOWN. */
    static final long CHECK_TIMEOUT_MILLIS = 5_000;

    private final BundleContext bundleContext;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<ServiceReference<HealthContributor>, HealthContributor> contributors = new ConcurrentHashMap<>();

    @Activate
    public DefaultHealthService(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
        this.clock = Clock.systemUTC();
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "debitum-health-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(ServiceReference<HealthContributor> reference, HealthContributor contributor) {
        contributors.put(reference, contributor);
    }

    void removeContributor(ServiceReference<HealthContributor> reference) {
        contributors.remove(reference);
    }

    @Override
    public HealthReport check() {
        List<ContributorRunner.NamedContributor> named = new ArrayList<>();
        contributors.forEach((reference, contributor) -> named.add(
                new ContributorRunner.NamedContributor(reference.getBundle() == null ? "unknown"
                        : reference.getBundle().getSymbolicName(), contributor)));

        List<ComponentHealth> components = new ArrayList<>();
        components.add(BundleStates.check(bundleContext.getBundles()));
        components.addAll(new ContributorRunner(executor, CHECK_TIMEOUT_MILLIS).run(named));
        return HealthReport.of(clock.instant(), components);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
