package de.debitum.connectorhost.internal.bundles;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Calls Karaf's KarService (feature {@code kar}) by name. The host does not import its package, so
 * the hub's API keeps working in a distribution without that feature; only KAR uploads fail then.
 */
final class KarInstaller {

    static final String SERVICE = "org.apache.karaf.kar.KarService";

    private KarInstaller() {
    }

    /** Installs the KAR at {@code kar} with its features and starts their bundles. */
    static void install(BundleContext bundleContext, URI kar) throws Exception {
        ServiceReference<?> reference = bundleContext.getServiceReference(SERVICE);
        Object service = reference == null ? null : bundleContext.getService(reference);
        if (service == null) {
            throw BundleUpload.reject("KAR-Dateien lassen sich nicht installieren, weil das Karaf-Feature kar fehlt."
                            + " Bitte das Bundle-JAR hochladen oder das Feature kar installieren.",
                    "KAR files cannot be installed because the Karaf feature kar is missing. Upload the bundle jar"
                            + " or install the feature kar.");
        }
        try {
            Method install = serviceInterface(service).getMethod("install", URI.class);
            install.invoke(service, kar);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    /** Returns the public KarService interface, whose methods can be called even where the implementation class is not public. */
    private static Class<?> serviceInterface(Object service) throws ClassNotFoundException {
        for (Class<?> type = service.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> candidate : type.getInterfaces()) {
                if (candidate.getName().equals(SERVICE)) {
                    return candidate;
                }
            }
        }
        throw new ClassNotFoundException(SERVICE + " not implemented by " + service.getClass().getName());
    }
}
