package de.debitum.camel.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Class loader that asks the owner bundle first and the Camel runtime bundle second.
 *
 * <p>Resources are merged from both, so service files such as
 * {@code META-INF/services/org/apache/camel/TypeConverterLoader} are found in the owner's jar and
 * in every embedded Camel jar.
 */
final class BundleFirstClassLoader extends ClassLoader {

    private final ClassLoader ownerLoader;
    private final ClassLoader camelLoader;

    BundleFirstClassLoader(Bundle owner, ClassLoader camelLoader) {
        super(null);
        BundleWiring wiring = owner.adapt(BundleWiring.class);
        if (wiring == null) {
            throw new IllegalStateException("Bundle " + owner.getSymbolicName() + " (id " + owner.getBundleId()
                    + ") is not resolved; start it before creating a CamelContext for it.");
        }
        this.ownerLoader = wiring.getClassLoader();
        this.camelLoader = camelLoader;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return ownerLoader.loadClass(name);
        } catch (ClassNotFoundException | NoClassDefFoundError notInOwner) {
            return camelLoader.loadClass(name);
        }
    }

    @Override
    protected URL findResource(String name) {
        URL url = ownerLoader.getResource(name);
        return url != null ? url : camelLoader.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>(Collections.list(ownerLoader.getResources(name)));
        for (URL url : Collections.list(camelLoader.getResources(name))) {
            if (!urls.contains(url)) {
                urls.add(url);
            }
        }
        return Collections.enumeration(urls);
    }
}
