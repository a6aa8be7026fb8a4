package de.debitum.camel;

import org.apache.camel.CamelContext;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Creates CamelContexts for code that runs in a bundle (a connector, a core bundle).
 *
 * <p>A created context looks up classes and resources (components, languages, data formats,
 * type converters) in the owner bundle first, then in the embedded Camel jars, so a bundle can
 * ship its own components and still use file, mail, http, jackson, quartz and the rest of
 * Camel without importing their internals. The context is not started; the caller adds routes,
 * starts it and stops it. The factory reports every context it created in the hub's health until
 * that context is stopped.
 */
@ProviderType
public interface CamelContextFactory {

    /**
     * Creates a context named {@code name} for {@code owner}.
     *
     * @param owner the bundle whose class loader resolves the routes' classes first
     * @param name  context name, unique within the hub (e.g. {@code tenant-7.csv-import})
     */
    CamelContext create(Bundle owner, String name);
}
