package de.debitum.connectorhost.internal.bundles;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** Installs the KAR at {@code kar} and its features marked {@code install="auto"}, which start their bundles. */
    static void install(BundleContext bundleContext, URI kar) throws Exception {
        call(bundleContext, "install", new Class<?>[] {URI.class}, kar);
    }

    /** Uninstalls the KAR named {@code karName} with its features and deletes its folder. */
    static void uninstall(BundleContext bundleContext, String karName) throws Exception {
        call(bundleContext, "uninstall", new Class<?>[] {String.class}, karName);
    }

    /** Returns the names of the installed KARs. */
    static List<String> list(BundleContext bundleContext) throws Exception {
        List<?> names = (List<?>) call(bundleContext, "list", new Class<?>[0]);
        List<String> result = new ArrayList<>();
        for (Object name : names) {
            result.add(String.valueOf(name));
        }
        return result;
    }

    /**
     * Returns the name of the installed KAR whose repository contains the bundle at {@code location},
     * or null. KarService (4.4) extracts a KAR's {@code repository/} folder to
     * {@code ${karaf.data}/kar/<name>/}, and Pax URL resolves {@code mvn:} locations from there.
     */
    static String karContaining(BundleContext bundleContext, String location) throws Exception {
        String path = mavenPath(location);
        String data = bundleContext.getProperty("karaf.data");
        if (path == null || data == null) {
            return null;
        }
        for (String karName : list(bundleContext)) {
            if (Files.isRegularFile(Path.of(data, "kar", karName).resolve(path))) {
                return karName;
            }
        }
        return null;
    }

    /** Returns the repository path of a {@code mvn:group/artifact/version[/type[/classifier]]} location, or null. */
    static String mavenPath(String location) {
        if (location == null || !location.startsWith("mvn:")) {
            return null;
        }
        String coordinates = location.substring("mvn:".length());
        int repositoryEnd = coordinates.indexOf('!');
        if (repositoryEnd >= 0) {
            coordinates = coordinates.substring(repositoryEnd + 1);
        }
        String[] parts = coordinates.split("/");
        if (parts.length < 3 || parts.length > 5) {
            return null;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.contains("..") || part.contains("\\")) {
                return null;
            }
        }
        String type = parts.length > 3 ? parts[3] : "jar";
        String classifier = parts.length > 4 ? "-" + parts[4] : "";
        return parts[0].replace('.', '/') + "/" + parts[1] + "/" + parts[2] + "/" + parts[1] + "-" + parts[2]
                + classifier + "." + type;
    }

    private static Object call(BundleContext bundleContext, String method, Class<?>[] parameterTypes, Object... arguments)
            throws Exception {
        ServiceReference<?> reference = bundleContext.getServiceReference(SERVICE);
        Object service = reference == null ? null : bundleContext.getService(reference);
        if (service == null) {
            throw BundleUpload.reject("KAR-Dateien lassen sich nicht installieren, weil das Karaf-Feature kar fehlt."
                            + " Bitte das Bundle-JAR hochladen oder das Feature kar installieren.",
                    "KAR files cannot be installed because the Karaf feature kar is missing. Upload the bundle jar"
                            + " or install the feature kar.");
        }
        try {
            Method target = serviceInterface(service).getMethod(method, parameterTypes);
            return target.invoke(service, arguments);
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
