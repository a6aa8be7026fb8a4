package de.debitum.itests.swap;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import de.debitum.api.connector.ConnectorType;

/** Registers both test connector types with the bundle's version. */
public final class SwapConnectorActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        String version = context.getBundle().getVersion().toString();
        context.registerService(ConnectorType.class, new SwapConnectors("swap-files", version), null);
        context.registerService(ConnectorType.class, new SwapConnectors("swap-ticks", version), null);
    }

    @Override
    public void stop(BundleContext context) {
        // The framework unregisters the services; the host stops their instances on unbind.
    }
}
