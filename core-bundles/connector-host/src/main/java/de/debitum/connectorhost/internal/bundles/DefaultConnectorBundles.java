package de.debitum.connectorhost.internal.bundles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorBundle;
import de.debitum.api.connector.ConnectorBundleService;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorType;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.store.NotFoundException;

/**
 * Installs uploaded connector bundles with the framework and uploaded KARs with Karaf's
 * KarService. A connector bundle is one that registers a {@link ConnectorType} service now or that
 * was installed through this service; only those can be updated or uninstalled here, so an
 * upload can never replace a core bundle.
 */
@Component(service = ConnectorBundleService.class, configurationPid = "de.debitum.connectorhost.bundles")
@Designate(ocd = DefaultConnectorBundles.Config.class)
public class DefaultConnectorBundles implements ConnectorBundleService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultConnectorBundles.class);

    /** Location prefix of bundles installed through this service. */
    static final String LOCATION_PREFIX = "debitum-upload:";

    @ObjectClassDefinition(name = "Debitum connector bundle uploads")
    public @interface Config {

        @AttributeDefinition(description = "Maximum size of an uploaded connector bundle jar or KAR in bytes")
        long maxBytes() default 64L * 1024 * 1024;
    }

    private final BundleContext bundleContext;
    private final ConnectorHostService host;
    private final long maxBytes;

    @Activate
    public DefaultConnectorBundles(BundleContext bundleContext, @Reference ConnectorHostService host, Config config) {
        this.bundleContext = bundleContext;
        this.host = host;
        this.maxBytes = config.maxBytes();
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public List<ConnectorBundle> list() {
        Map<String, List<ConnectorTypeInfo>> typesByBundle = typesByBundle();
        List<ConnectorBundle> result = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (isConnectorBundle(bundle)) {
                result.add(view(bundle, typesByBundle));
            }
        }
        return result;
    }

    @Override
    public List<ConnectorBundle> install(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            throw BundleUpload.reject("'" + fileName + "' ist größer als " + maxBytes + " Bytes.",
                    "'" + fileName + "' is larger than " + maxBytes + " bytes.");
        }
        BundleUpload upload = BundleUpload.inspect(fileName, content);
        if (upload.kind() == BundleUpload.Kind.KAR) {
            installKar(fileName, content);
            return list();
        }
        Bundle bundle = installOrUpdate(fileName, upload, content);
        return List.of(view(bundle, typesByBundle()));
    }

    @Override
    public void uninstall(long bundleId) {
        Bundle bundle = bundleContext.getBundle(bundleId);
        if (bundle == null || !isConnectorBundle(bundle)) {
            throw new NotFoundException("connector bundle " + bundleId);
        }
        String name = bundle.getSymbolicName() + " " + bundle.getVersion();
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            throw new RejectedBundleException(LocalizedText.of(
                    "Das Bundle " + name + " lässt sich nicht deinstallieren: " + e.getMessage(),
                    "Bundle " + name + " cannot be uninstalled: " + e.getMessage()), e);
        }
        refresh(bundle);
        LOG.info("Uninstalled connector bundle {} (id {}); its instances keep their configuration", name, bundleId);
    }

    private Bundle installOrUpdate(String fileName, BundleUpload upload, byte[] content) {
        Bundle existing = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> upload.symbolicName().equals(bundle.getSymbolicName()))
                .findFirst().orElse(null);
        if (existing != null && !isConnectorBundle(existing)) {
            throw BundleUpload.reject("Das Bundle " + upload.symbolicName()
                            + " ist bereits installiert und ist kein Connector; es lässt sich hier nicht ersetzen.",
                    "Bundle " + upload.symbolicName()
                            + " is installed already and is no connector, so it cannot be replaced here.");
        }
        Bundle bundle;
        try {
            if (existing == null) {
                bundle = bundleContext.installBundle(LOCATION_PREFIX + upload.symbolicName(), new ByteArrayInputStream(content));
                LOG.info("Installed connector bundle {} {} (id {}) from upload '{}'", upload.symbolicName(),
                        upload.version(), bundle.getBundleId(), fileName);
            } else {
                String before = existing.getVersion().toString();
                // The framework stops and starts an active bundle around the update. No refresh follows:
                // connector bundles export nothing, and a refresh would restart the bundle a second time.
                existing.update(new ByteArrayInputStream(content));
                bundle = existing;
                LOG.info("Updated connector bundle {} (id {}) from {} to {} from upload '{}'", upload.symbolicName(),
                        bundle.getBundleId(), before, upload.version(), fileName);
            }
        } catch (BundleException | IllegalStateException | SecurityException e) {
            throw BundleUpload.reject("Das Bundle " + upload.symbolicName() + " lässt sich nicht installieren: "
                    + e.getMessage(), "Bundle " + upload.symbolicName() + " cannot be installed: " + e.getMessage());
        }
        start(bundle, existing == null);
        return bundle;
    }

    /** Starts the bundle; a new bundle that cannot start is uninstalled again so that no half-installed connector stays. */
    private void start(Bundle bundle, boolean fresh) {
        try {
            bundle.start();
        } catch (BundleException | IllegalStateException e) {
            String name = bundle.getSymbolicName() + " " + bundle.getVersion();
            if (fresh) {
                try {
                    bundle.uninstall();
                } catch (BundleException | IllegalStateException uninstallFailure) {
                    LOG.warn("Cannot uninstall bundle {} after its failed start: {}", name, uninstallFailure.toString());
                }
            }
            LOG.warn("Connector bundle {} does not start: {}", name, e.getMessage());
            throw BundleUpload.reject("Das Bundle " + name + " startet nicht: " + e.getMessage()
                            + (fresh ? " Es wurde wieder entfernt." : " Es bleibt installiert, aber gestoppt."),
                    "Bundle " + name + " does not start: " + e.getMessage()
                            + (fresh ? " It was removed again." : " It stays installed but stopped."));
        }
    }

    // NOTE: no test installs a KAR yet; ConnectorBundlesIT and BundleUploadTest cover bundle jars and
    // the recognition of a KAR only.
    private void installKar(String fileName, byte[] content) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("debitum-kar-");
            Path kar = folder.resolve(karFileName(fileName));
            Files.write(kar, content);
            KarInstaller.install(bundleContext, kar.toUri());
            LOG.info("Installed KAR '{}' from upload", fileName);
        } catch (RejectedBundleException e) {
            throw e;
        } catch (Exception e) {
            LOG.warn("KAR '{}' not installed: {}", fileName, e.toString());
            throw BundleUpload.reject("Das KAR '" + fileName + "' lässt sich nicht installieren: " + e.getMessage(),
                    "KAR '" + fileName + "' cannot be installed: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Returns a safe file name ending in .kar; Karaf names the installed KAR after it. */
    static String karFileName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        base = base.replaceFirst("(?i)\\.kar$", "");
        if (base.isBlank() || base.startsWith(".")) {
            base = "upload" + base;
        }
        return base + ".kar";
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Cannot delete the temporary KAR folder {}: {}", folder, e.toString());
        }
    }

    /** Drops the wiring of an uninstalled bundle; connector bundles export nothing, so no other bundle restarts. */
    private void refresh(Bundle bundle) {
        FrameworkWiring wiring = bundleContext.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (wiring != null) {
            wiring.refreshBundles(List.of(bundle));
        }
    }

    private boolean isConnectorBundle(Bundle bundle) {
        if (bundle.getLocation().startsWith(LOCATION_PREFIX)) {
            return true;
        }
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return false;
        }
        for (ServiceReference<?> reference : registered) {
            Object classes = reference.getProperty(Constants.OBJECTCLASS);
            if (classes instanceof String[] names && Arrays.asList(names).contains(ConnectorType.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private Map<String, List<ConnectorTypeInfo>> typesByBundle() {
        return host.types().stream().collect(Collectors.groupingBy(ConnectorTypeInfo::bundle));
    }

    private static ConnectorBundle view(Bundle bundle, Map<String, List<ConnectorTypeInfo>> typesByBundle) {
        String key = bundle.getSymbolicName() + " " + bundle.getVersion();
        List<ConnectorTypeInfo> types = bundle.getState() == Bundle.ACTIVE ? typesByBundle.getOrDefault(key, List.of())
                : List.of();
        return new ConnectorBundle(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                state(bundle.getState()), bundle.getLocation(), types);
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> String.valueOf(state).toUpperCase(Locale.ROOT);
        };
    }
}
