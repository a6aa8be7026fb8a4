package de.debitum.connectorhost.internal.bundles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
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
 * upload can never replace a core bundle. Installs and uninstalls run one at a time, because an
 * upgrade reads the installed bundles and KARs before it changes them.
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
    private final UploadHistory history;

    @Activate
    public DefaultConnectorBundles(BundleContext bundleContext, @Reference ConnectorHostService host, Config config) {
        this.bundleContext = bundleContext;
        this.host = host;
        this.maxBytes = config.maxBytes();
        java.io.File uploads = bundleContext.getDataFile("uploads");
        if (uploads == null) {
            LOG.warn("The framework has no data area for the connector host, so uploaded connector bundles cannot be rolled back");
        }
        this.history = new UploadHistory(uploads == null ? null : uploads.toPath());
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
                result.add(withPrevious(view(bundle, typesByBundle)));
            }
        }
        return result;
    }

    /** Adds the stored previous version, unless it is the version that runs now. */
    private ConnectorBundle withPrevious(ConnectorBundle bundle) {
        String previous = history.previous(bundle.symbolicName()).map(UploadHistory.Entry::version)
                .filter(version -> !Version.parseVersion(version).equals(Version.parseVersion(bundle.version())))
                .orElse(null);
        return new ConnectorBundle(bundle.id(), bundle.symbolicName(), bundle.version(), bundle.state(), bundle.location(),
                bundle.types(), previous);
    }

    @Override
    public synchronized List<ConnectorBundle> install(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            throw BundleUpload.reject("'" + fileName + "' ist größer als " + maxBytes + " Bytes.",
                    "'" + fileName + "' is larger than " + maxBytes + " bytes.");
        }
        BundleUpload upload = BundleUpload.inspect(fileName, content);
        List<ConnectorBundle> installed;
        if (upload.kind() == BundleUpload.Kind.KAR) {
            installed = installKar(fileName, KarContent.inspect(fileName, content, maxBytes), content);
        } else {
            Bundle bundle = installOrUpdate(fileName, upload, content);
            installed = List.of(view(bundle, typesByBundle()));
        }
        for (ConnectorBundle bundle : installed) {
            try {
                history.record(bundle.symbolicName(), bundle.version(), fileName, content);
            } catch (IOException e) {
                LOG.warn("Installed {} {} from '{}', but cannot keep the upload for a later rollback: {}",
                        bundle.symbolicName(), bundle.version(), fileName, e.toString());
            }
        }
        return installed.stream().map(this::withPrevious).toList();
    }

    @Override
    public synchronized List<ConnectorBundle> rollBack(long bundleId) {
        Bundle bundle = bundleContext.getBundle(bundleId);
        if (bundle == null || !isConnectorBundle(bundle)) {
            throw new NotFoundException("connector bundle " + bundleId);
        }
        String name = bundle.getSymbolicName() + " " + bundle.getVersion();
        UploadHistory.Entry previous = history.previous(bundle.getSymbolicName())
                .filter(entry -> !Version.parseVersion(entry.version()).equals(bundle.getVersion()))
                .orElseThrow(() -> new RejectedBundleException(LocalizedText.of(
                        "Für das Bundle " + name + " ist keine frühere Version gespeichert. Der Hub bewahrt nur die"
                                + " Version auf, die vor dem letzten Upload installiert war, und nur, wenn sie selbst"
                                + " hochgeladen wurde. Laden Sie die gewünschte Version erneut hoch.",
                        "No earlier version of bundle " + name + " is stored. The hub keeps only the version that was"
                                + " installed before the last upload, and only if it was uploaded itself."
                                + " Upload the version you need again.")));
        byte[] content;
        try {
            content = Files.readAllBytes(previous.file());
        } catch (IOException e) {
            LOG.warn("Cannot read the stored upload '{}' of {} for the rollback: {}", previous.fileName(), name, e.toString());
            throw new RejectedBundleException(LocalizedText.of(
                    "Die gespeicherte Version " + previous.version() + " von " + bundle.getSymbolicName()
                            + " lässt sich nicht lesen: " + e.getMessage() + ". Laden Sie sie erneut hoch.",
                    "The stored version " + previous.version() + " of " + bundle.getSymbolicName()
                            + " cannot be read: " + e.getMessage() + ". Upload it again."), e);
        }
        LOG.info("Rolling back connector bundle {} (id {}) to version {} from the stored upload '{}'", name, bundleId,
                previous.version(), previous.fileName());
        return install(previous.fileName(), content);
    }

    @Override
    public synchronized void uninstall(long bundleId) {
        Bundle bundle = bundleContext.getBundle(bundleId);
        if (bundle == null || !isConnectorBundle(bundle)) {
            throw new NotFoundException("connector bundle " + bundleId);
        }
        String name = bundle.getSymbolicName() + " " + bundle.getVersion();
        String karName = karContaining(bundle);
        if (karName != null) {
            uninstallKar(karName, name);
            return;
        }
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
                // NOTE: untested for a bundle from a KAR. Its feature still names the KAR's older jar,
                // so Karaf may put that version back when it next deploys the feature.
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

    /**
     * Installs the KAR and checks that each of its connector bundles is active in the KAR's version,
     * because KarService only logs a feature that fails. Karaf keeps older versions of a feature
     * installed beside a newer one, so once the new bundles run, the KARs and uploaded jars that
     * contained another version of them are uninstalled. A KAR whose bundles do not run is uninstalled
     * again, and the previous version stays unless it came from a KAR of the same name.
     */
    private List<ConnectorBundle> installKar(String fileName, KarContent kar, byte[] content) {
        String karName = karName(fileName);
        Set<String> symbolicNames = kar.connectorBundles().stream().map(BundleUpload::symbolicName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Bundle> previous = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> symbolicNames.contains(bundle.getSymbolicName())).toList();
        Set<String> previousKars = new LinkedHashSet<>();
        try {
            for (Bundle bundle : previous) {
                String previousKar = KarInstaller.karContaining(bundleContext, bundle.getLocation());
                if (previousKar != null && !previousKar.equals(karName)) {
                    previousKars.add(previousKar);
                }
            }
            if (KarInstaller.list(bundleContext).contains(karName)) {
                // KarService would extract the upload into the installed KAR's folder and mix both versions.
                KarInstaller.uninstall(bundleContext, karName);
                LOG.info("Uninstalled KAR {} before installing the upload '{}' of the same name", karName, fileName);
            }
        } catch (RejectedBundleException e) {
            throw e;
        } catch (Exception e) {
            LOG.warn("KAR '{}' not installed because the installed KARs cannot be read: {}", fileName, e.toString());
            throw BundleUpload.reject("Das KAR '" + fileName + "' lässt sich nicht installieren: " + e.getMessage(),
                    "KAR '" + fileName + "' cannot be installed: " + e.getMessage());
        }

        writeAndInstallKar(fileName, karName, content);

        List<Bundle> installed = new ArrayList<>();
        List<String> problemsDe = new ArrayList<>();
        List<String> problemsEn = new ArrayList<>();
        for (BundleUpload expected : kar.connectorBundles()) {
            String name = expected.symbolicName() + " " + expected.version();
            Bundle bundle = installedFromKar(expected);
            if (bundle == null) {
                problemsDe.add("Bundle " + name + " ist nicht installiert");
                problemsEn.add("bundle " + name + " is not installed");
            } else if (bundle.getState() != Bundle.ACTIVE) {
                problemsDe.add("Bundle " + name + " ist nicht aktiv (" + state(bundle.getState()) + ")");
                problemsEn.add("bundle " + name + " is not active (" + state(bundle.getState()) + ")");
            } else {
                installed.add(bundle);
            }
        }
        if (!problemsDe.isEmpty()) {
            rollBackKar(fileName, karName, problemsEn);
            throw BundleUpload.reject("Das KAR '" + fileName + "' wurde installiert, aber " + String.join("; ", problemsDe)
                            + ". Das KAR wurde wieder entfernt. Die Ursache steht im Karaf-Log (data/log/karaf.log);"
                            + " meist fehlt ein Paket, das das Bundle importiert.",
                    "KAR '" + fileName + "' was installed, but " + String.join("; ", problemsEn)
                            + ". The KAR was removed again. The cause is in the Karaf log (data/log/karaf.log);"
                            + " usually a package the bundle imports is missing.");
        }
        LOG.info("Installed KAR {} from upload '{}' with connector bundles {}", karName, fileName, symbolicNames);
        removeReplaced(previousKars, previous, installed);
        Map<String, List<ConnectorTypeInfo>> typesByBundle = typesByBundle();
        return installed.stream().map(bundle -> view(bundle, typesByBundle)).toList();
    }

    private void writeAndInstallKar(String fileName, String karName, byte[] content) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("debitum-kar-");
            Path file = folder.resolve(karName + ".kar");
            Files.write(file, content);
            KarInstaller.install(bundleContext, file.toUri());
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

    /** Returns the bundle a feature installed for {@code expected}, not a jar uploaded in the same version. */
    private Bundle installedFromKar(BundleUpload expected) {
        Version version = Version.parseVersion(expected.version());
        for (Bundle bundle : bundleContext.getBundles()) {
            if (expected.symbolicName().equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion())
                    && !bundle.getLocation().startsWith(LOCATION_PREFIX)) {
                return bundle;
            }
        }
        return null;
    }

    private void rollBackKar(String fileName, String karName, List<String> problems) {
        LOG.warn("KAR '{}' installed, but {}; uninstalling it again", fileName, problems);
        try {
            KarInstaller.uninstall(bundleContext, karName);
        } catch (Exception e) {
            LOG.warn("Cannot uninstall KAR {} after its bundles failed: {}", karName, e.toString());
        }
    }

    /** Uninstalls the KARs and uploaded jars that contained another version of a connector the new KAR installed. */
    private void removeReplaced(Set<String> previousKars, List<Bundle> previous, List<Bundle> installed) {
        for (String previousKar : previousKars) {
            try {
                KarInstaller.uninstall(bundleContext, previousKar);
                LOG.info("Uninstalled KAR {}, which contained another version of the uploaded connector", previousKar);
            } catch (Exception e) {
                LOG.warn("Cannot uninstall the replaced KAR {}: {}", previousKar, e.toString());
            }
        }
        for (Bundle bundle : previous) {
            if (bundle.getLocation().startsWith(LOCATION_PREFIX) && !installed.contains(bundle)
                    && bundle.getState() != Bundle.UNINSTALLED) {
                String name = bundle.getSymbolicName() + " " + bundle.getVersion();
                try {
                    bundle.uninstall();
                    refresh(bundle);
                    LOG.info("Uninstalled connector bundle {} (id {}), which the uploaded KAR replaces", name,
                            bundle.getBundleId());
                } catch (BundleException | IllegalStateException e) {
                    LOG.warn("Cannot uninstall the replaced connector bundle {}: {}", name, e.toString());
                }
            }
        }
    }

    /** Returns the installed KAR that contains the bundle, or null for a bundle from elsewhere or without the kar feature. */
    private String karContaining(Bundle bundle) {
        try {
            return KarInstaller.karContaining(bundleContext, bundle.getLocation());
        } catch (RejectedBundleException e) {
            return null;
        } catch (Exception e) {
            LOG.warn("Cannot tell whether bundle {} came from a KAR: {}", bundle.getBundleId(), e.toString());
            return null;
        }
    }

    /** Uninstalls a KAR with its features, which removes its bundles; the instances keep their configuration. */
    private void uninstallKar(String karName, String bundleName) {
        try {
            KarInstaller.uninstall(bundleContext, karName);
        } catch (Exception e) {
            throw new RejectedBundleException(LocalizedText.of(
                    "Das KAR " + karName + " mit dem Bundle " + bundleName + " lässt sich nicht deinstallieren: "
                            + e.getMessage(),
                    "KAR " + karName + " with bundle " + bundleName + " cannot be uninstalled: " + e.getMessage()), e);
        }
        LOG.info("Uninstalled KAR {} with connector bundle {}; its instances keep their configuration", karName, bundleName);
    }

    /** Returns the name Karaf gives the uploaded KAR: the safe file name without {@code .kar}. */
    static String karName(String fileName) {
        String file = karFileName(fileName);
        return file.substring(0, file.length() - ".kar".length());
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
