package de.debitum.camel.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthContributor;
import de.debitum.camel.CamelContextFactory;

/** Creates bundle-aware CamelContexts and reports them in the hub's health. */
@Component(service = {CamelContextFactory.class, HealthContributor.class})
public class OsgiCamelContextFactory implements CamelContextFactory, HealthContributor {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiCamelContextFactory.class);

    private final List<CamelContext> contexts = new CopyOnWriteArrayList<>();
    private volatile String camelVersion;

    @Override
    public CamelContext create(Bundle owner, String name) {
        ClassLoader loader = new BundleFirstClassLoader(owner, DefaultCamelContext.class.getClassLoader());
        DefaultCamelContext context = new DefaultCamelContext(false);
        context.getCamelContextExtension().setName(name);
        context.setApplicationContextClassLoader(loader);
        context.build();
        contexts.add(context);
        LOG.debug("Created CamelContext '{}' for bundle {} (id {})", name, owner.getSymbolicName(), owner.getBundleId());
        return context;
    }

    /**
     * Reports the contexts still in use. A context that its owner stopped is dropped from the
     * report; a suspended one is DOWN.
     */
    @Override
    public List<ComponentHealth> check() {
        contexts.removeIf(CamelContext::isStopped);
        List<ComponentHealth> result = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (CamelContext context : contexts) {
            ServiceStatus status = context.getStatus();
            details.put(context.getName(), status.name() + ", " + context.getRoutes().size() + " routes");
            if (status.isSuspended() || status.isSuspending()) {
                failed.add(context.getName());
            }
        }
        String count = contexts.size() + " Camel contexts";
        if (failed.isEmpty()) {
            result.add(ComponentHealth.up("camel", count + ", Camel " + camelVersion(), details));
        } else {
            result.add(ComponentHealth.down("camel", "Camel contexts not running: " + String.join(", ", failed)
                    + ". Check the log of the bundles that own them.", details));
        }
        return result;
    }

    private String camelVersion() {
        if (camelVersion == null) {
            camelVersion = new DefaultCamelContext(false).getVersion();
        }
        return camelVersion;
    }

    @Deactivate
    void deactivate() {
        contexts.clear();
    }
}
