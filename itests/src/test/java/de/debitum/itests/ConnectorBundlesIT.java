package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.PaymentStore;
import de.debitum.itests.swap.SwapConnectorBundle;

/**
 * Installs the swap test connector through {@code POST /bundles}, imports through it, upgrades it
 * to a newer version, uninstalls it and installs it again, all over HTTP as an operator, and
 * checks that its instance keeps its configuration throughout. Does the same with KARs built in the
 * test, which Karaf's KarService installs through their features.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorBundlesIT {

    private static final String ADMIN_PASSWORD = "itest-bundles-password-1";
    private static final String V1 = "debitum.itest.bundles.v1";
    private static final String V2 = "debitum.itest.bundles.v2";
    private static final String TENANT = "bundle-gmbh";
    private static final String INSTANCE = "bundle-gmbh.files";
    private static final String KAR_TENANT = "kar-gmbh";
    private static final String KAR_INSTANCE = "kar-gmbh.files";
    /** Maven group under which the KARs carry the swap connector; the feature installs it by this mvn: URL. */
    private static final String KAR_GROUP = "de.debitum.itests";

    @Inject
    private BootFinished bootFinished;

    @Inject
    private ConnectorInstanceStore instances;

    @Inject
    private PaymentStore payments;

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] config() throws IOException {
        File passwordFile = new File("target/itest-bundles-admin-password");
        Files.writeString(passwordFile.toPath(), ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        File folder = new File(System.getProperty("debitum.itest.dir", "target/exam"), "bundles-upload");
        return OptionUtils.combine(DistributionOptions.boot(),
                replaceConfigurationFile("etc/debitum-admin-password", passwordFile),
                editConfigurationFilePut("etc/system.properties", V1,
                        SwapConnectorBundle.write(folder, "1.0.0").getAbsolutePath()),
                editConfigurationFilePut("etc/system.properties", V2,
                        SwapConnectorBundle.write(folder, "1.0.1").getAbsolutePath()));
    }

    @Test
    public void uploadUpgradeUninstallKeepsConfiguration() throws Exception {
        ApiClient api = new ApiClient(Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY)));
        String token = OperatorSession.adminToken(api, ADMIN_PASSWORD);
        assertEquals(201, api.json("POST", "/tenants", token,
                "{\"id\":\"" + TENANT + "\",\"name\":\"Bundle GmbH\"}").status());
        Path inbox = Files.createTempDirectory("debitum-bundle-inbox");

        // Install 1.0.0, configure an instance of its type and import through it.
        ApiClient.Response installed = upload(api, token, "swap-connector-1.0.0.jar", Files.readAllBytes(Path.of(System.getProperty(V1))));
        assertEquals(installed.toString(), 201, installed.status());
        assertEquals("1.0.0", installed.text("version"));
        long bundleId = installed.number("id");
        awaitActiveType(api, token, "1.0.0");
        ApiClient.Response configured = api.json("PUT", "/tenants/" + TENANT + "/connectors/" + INSTANCE + "/config", token,
                "{\"typeId\":\"swap-files\",\"enabled\":true,\"configuration\":{\"folder\":\"" + inbox + "\"}}");
        assertEquals(configured.toString(), 200, configured.status());
        drop(inbox, "first.txt", "BUNDLE-1");
        awaitTrue("payment BUNDLE-1 imported by 1.0.0", () -> paymentCount() == 1);

        // Upgrade in place to 1.0.1: same bundle id, the type's version changes, the instance keeps running.
        ApiClient.Response upgraded = upload(api, token, "swap-connector-1.0.1.jar", Files.readAllBytes(Path.of(System.getProperty(V2))));
        assertEquals(upgraded.toString(), 201, upgraded.status());
        assertEquals("1.0.1", upgraded.text("version"));
        assertEquals("bundle id after the upgrade", bundleId, upgraded.number("id"));
        awaitActiveType(api, token, "1.0.1");
        drop(inbox, "second.txt", "BUNDLE-2");
        awaitTrue("payment BUNDLE-2 imported by 1.0.1", () -> paymentCount() == 2);
        assertTrue(bundles(api, token), bundles(api, token).contains("\"previousVersion\":\"1.0.0\""));
        assertTrue("instance listed with its bundle", bundles(api, token).contains("\"id\":\"" + INSTANCE + "\""));

        // Roll back to 1.0.0 from the stored upload; the instance imports with it, and a second rollback returns to 1.0.1.
        ApiClient.Response rolledBack = api.call("POST", "/bundles/" + bundleId + "/rollback", token, null, null, "en");
        assertEquals(rolledBack.toString(), 200, rolledBack.status());
        assertEquals("1.0.0", rolledBack.text("version"));
        assertEquals("1.0.1", rolledBack.text("previousVersion"));
        assertEquals("bundle id after the rollback", bundleId, rolledBack.number("id"));
        awaitActiveType(api, token, "1.0.0");
        drop(inbox, "rolled-back.txt", "BUNDLE-R");
        awaitTrue("payment BUNDLE-R imported by the rolled-back 1.0.0", () -> paymentCount() == 3);
        ApiClient.Response forward = api.call("POST", "/bundles/" + bundleId + "/rollback", token, null, null, "en");
        assertEquals(forward.toString(), 200, forward.status());
        assertEquals("1.0.1", forward.text("version"));
        awaitActiveType(api, token, "1.0.1");

        // Uninstall: the bundle and its type are gone, the instance's configuration stays.
        assertEquals(204, api.call("DELETE", "/bundles/" + bundleId, token, null, null, null).status());
        awaitTrue("bundle gone from GET /bundles", () -> !bundles(api, token).contains(SwapConnectorBundle.SYMBOLIC_NAME));
        Optional<ConnectorInstance> kept = instances.find(TenantId.of(TENANT), INSTANCE);
        assertTrue("instance kept after uninstall", kept.isPresent());
        assertEquals("swap-files", kept.get().typeId());
        assertEquals(inbox.toString(), kept.get().configuration().get("folder"));
        assertTrue("instance still enabled", kept.get().enabled());
        ApiClient.Response config = api.get("/tenants/" + TENANT + "/connectors/" + INSTANCE + "/config", token);
        assertEquals(config.toString(), 200, config.status());
        assertEquals(inbox.toString(), config.text("folder"));

        // A later reinstall picks the instance up again from its stored configuration.
        ApiClient.Response reinstalled = upload(api, token, "swap-connector-1.0.1.jar", Files.readAllBytes(Path.of(System.getProperty(V2))));
        assertEquals(reinstalled.toString(), 201, reinstalled.status());
        awaitActiveType(api, token, "1.0.1");
        drop(inbox, "third.txt", "BUNDLE-3");
        awaitTrue("payment BUNDLE-3 imported after the reinstall", () -> paymentCount() == 4);
        assertEquals(204, api.call("DELETE", "/bundles/" + reinstalled.number("id"), token, null, null, null).status());
    }

    @Test
    public void karUploadInstallsAndUpgrades() throws Exception {
        ApiClient api = new ApiClient(Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY)));
        String token = OperatorSession.adminToken(api, ADMIN_PASSWORD);
        assertEquals(201, api.json("POST", "/tenants", token,
                "{\"id\":\"" + KAR_TENANT + "\",\"name\":\"KAR GmbH\"}").status());
        Path inbox = Files.createTempDirectory("debitum-kar-inbox");

        // Install the KAR of 1.0.0: its feature installs and starts the bundle, and an instance imports through it.
        ApiClient.Response installed = upload(api, token, "swap-connector-1.0.0.kar", swapKar("1.0.0", V1));
        assertEquals(installed.toString(), 201, installed.status());
        assertEquals(SwapConnectorBundle.SYMBOLIC_NAME, installed.text("symbolicName"));
        assertEquals("1.0.0", installed.text("version"));
        assertEquals("mvn:" + KAR_GROUP + "/" + SwapConnectorBundle.SYMBOLIC_NAME + "/1.0.0", installed.text("location"));
        awaitActiveType(api, token, "1.0.0");
        ApiClient.Response configured = api.json("PUT", "/tenants/" + KAR_TENANT + "/connectors/" + KAR_INSTANCE + "/config",
                token, "{\"typeId\":\"swap-files\",\"enabled\":true,\"configuration\":{\"folder\":\"" + inbox + "\"}}");
        assertEquals(configured.toString(), 200, configured.status());
        drop(inbox, "first.txt", "KAR-1");
        awaitTrue("payment KAR-1 imported by the KAR's 1.0.0", () -> paymentCount(KAR_TENANT) == 1);

        // The KAR of 1.0.1 replaces 1.0.0: the older KAR and its bundle go, the instance imports with 1.0.1.
        ApiClient.Response upgraded = upload(api, token, "swap-connector-1.0.1.kar", swapKar("1.0.1", V2));
        assertEquals(upgraded.toString(), 201, upgraded.status());
        assertEquals("1.0.1", upgraded.text("version"));
        awaitActiveType(api, token, "1.0.1");
        awaitTrue("bundle 1.0.0 uninstalled after the upgrade", () -> swapBundleVersions().equals("1.0.1"));
        drop(inbox, "second.txt", "KAR-2");
        awaitTrue("payment KAR-2 imported by the KAR's 1.0.1", () -> paymentCount(KAR_TENANT) == 2);

        // Roll back to the KAR of 1.0.0: the hub installs the stored KAR again and removes the KAR of 1.0.1.
        ApiClient.Response rolledBack = api.call("POST", "/bundles/" + upgraded.number("id") + "/rollback", token, null,
                null, "en");
        assertEquals(rolledBack.toString(), 200, rolledBack.status());
        assertEquals("1.0.0", rolledBack.text("version"));
        awaitActiveType(api, token, "1.0.0");
        awaitTrue("bundle 1.0.1 uninstalled after the rollback", () -> swapBundleVersions().equals("1.0.0"));
        drop(inbox, "rolled-back.txt", "KAR-R");
        awaitTrue("payment KAR-R imported by the rolled-back KAR", () -> paymentCount(KAR_TENANT) == 3);
        upgraded = api.call("POST", "/bundles/" + rolledBack.number("id") + "/rollback", token, null, null, "en");
        assertEquals(upgraded.toString(), 200, upgraded.status());
        assertEquals("1.0.1", upgraded.text("version"));
        awaitActiveType(api, token, "1.0.1");
        awaitTrue("bundle 1.0.0 uninstalled after rolling forward", () -> swapBundleVersions().equals("1.0.1"));

        // Uninstalling the bundle uninstalls its KAR, so no feature brings it back.
        assertEquals(204, api.call("DELETE", "/bundles/" + upgraded.number("id"), token, null, null, null).status());
        awaitTrue("KAR bundle gone from GET /bundles",
                () -> !bundles(api, token).contains(SwapConnectorBundle.SYMBOLIC_NAME));
        assertEquals("swap bundles installed after the KAR's uninstall", "", swapBundleVersions());
        assertTrue("instance kept after the KAR's uninstall", instances.find(TenantId.of(KAR_TENANT), KAR_INSTANCE).isPresent());
    }

    @Test
    public void badUploadsGetClearErrors() throws Exception {
        ApiClient api = new ApiClient(Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY)));
        String token = OperatorSession.adminToken(api, ADMIN_PASSWORD);

        ApiClient.Response text = upload(api, token, "notes.txt", "kein Archiv".getBytes(StandardCharsets.UTF_8));
        assertEquals(text.toString(), 400, text.status());
        assertTrue(text.toString(), text.text("message").contains("notes.txt"));

        ApiClient.Response empty = upload(api, token, "empty.jar", new byte[0]);
        assertEquals(empty.toString(), 400, empty.status());

        ApiClient.Response noConnector = upload(api, token, "library.jar", jar("de.example.library", "org.osgi.framework"));
        assertEquals(noConnector.toString(), 400, noConnector.status());
        assertTrue(noConnector.toString(), noConnector.text("message").contains("de.debitum.api.connector"));

        ApiClient.Response unresolvable = upload(api, token, "broken.jar",
                jar("de.example.broken", "de.debitum.api.connector,de.example.missing"));
        assertEquals(unresolvable.toString(), 400, unresolvable.status());
        assertFalse("bundle that does not start stays installed", bundles(api, token).contains("de.example.broken"));

        ApiClient.Response plainZip = upload(api, token, "archive.zip", zip(Map.of("readme.txt", new byte[] {1})));
        assertEquals(plainZip.toString(), 400, plainZip.status());
        assertTrue(plainZip.toString(), plainZip.text("message").contains("archive.zip"));
        assertTrue(plainZip.toString(), plainZip.text("message").contains("repository/"));

        ApiClient.Response noFeatures = upload(api, token, "no-features.kar", zip(Map.of(
                "repository/de/example/library/1.0.0/library-1.0.0.jar", jar("de.example.library", "org.osgi.framework"))));
        assertEquals(noFeatures.toString(), 400, noFeatures.status());
        assertTrue(noFeatures.toString(), noFeatures.text("message").contains("no-features.kar"));
        assertTrue(noFeatures.toString(), noFeatures.text("message").contains("features XML"));

        // Karaf cannot resolve the feature, so its bundle never starts; the hub removes the KAR again.
        ApiClient.Response unresolvableKar = upload(api, token, "broken.kar", kar("de.example.broken.kar", "1.0.0",
                jar("de.example.broken.kar", "de.debitum.api.connector,de.example.missing")));
        assertEquals(unresolvableKar.toString(), 400, unresolvableKar.status());
        assertTrue(unresolvableKar.toString(), unresolvableKar.text("message").contains("broken.kar"));
        assertTrue(unresolvableKar.toString(), unresolvableKar.text("message").contains("de.example.broken.kar 1.0.0"));
        assertFalse("bundle of the failed KAR removed", Arrays.stream(bundleContext.getBundles())
                .anyMatch(bundle -> "de.example.broken.kar".equals(bundle.getSymbolicName())));

        assertEquals(404, api.call("DELETE", "/bundles/999999", token, null, null, null).status());
        assertEquals(404, api.call("POST", "/bundles/0/rollback", token, null, null, null).status());

        // A connector bundle of the distribution was never uploaded, so there is nothing to roll back to.
        java.util.regex.Matcher builtIn = java.util.regex.Pattern
                .compile("\\{\"id\":(\\d+),\"symbolicName\":\"([^\"]+)\",\"version\":\"[^\"]+\",\"state\":\"ACTIVE\",\"location\":\"mvn:")
                .matcher(bundles(api, token));
        String distributionBundle = null;
        while (distributionBundle == null && builtIn.find()) {
            if (!builtIn.group(2).equals(SwapConnectorBundle.SYMBOLIC_NAME)) {
                distributionBundle = builtIn.group(1);
            }
        }
        assertTrue("a connector bundle of the distribution in " + bundles(api, token), distributionBundle != null);
        ApiClient.Response nothing = api.call("POST", "/bundles/" + distributionBundle + "/rollback", token, null, null, "en");
        assertEquals(nothing.toString(), 409, nothing.status());
        assertTrue(nothing.toString(), nothing.text("message").contains("No earlier version"));
        // Bundle 0 is the framework itself: no connector, so it cannot be uninstalled here.
        assertEquals(404, api.call("DELETE", "/bundles/0", token, null, null, null).status());
    }

    /** Returns the versions of the installed swap connector bundles, comma-separated. */
    private String swapBundleVersions() {
        return Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> SwapConnectorBundle.SYMBOLIC_NAME.equals(bundle.getSymbolicName()))
                .map(bundle -> bundle.getVersion().toString()).sorted().collect(Collectors.joining(","));
    }

    private static ApiClient.Response upload(ApiClient api, String token, String name, byte[] content) throws IOException {
        return api.call("POST", "/bundles?name=" + name, token, content, "application/java-archive", "en");
    }

    private static String bundles(ApiClient api, String token) {
        try {
            ApiClient.Response response = api.get("/bundles", token);
            assertEquals(response.toString(), 200, response.status());
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("GET /bundles failed", e);
        }
    }

    private static void awaitActiveType(ApiClient api, String token, String version) throws InterruptedException {
        awaitTrue("swap-files active in version " + version,
                () -> bundles(api, token).contains("{\"id\":\"swap-files\",\"version\":\"" + version + "\"}"));
    }

    private int paymentCount() {
        return paymentCount(TENANT);
    }

    private int paymentCount(String tenant) {
        return payments.listBooked(TenantId.of(tenant), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)).size();
    }

    private static byte[] swapKar(String version, String jarProperty) throws IOException {
        return kar(SwapConnectorBundle.SYMBOLIC_NAME, version, Files.readAllBytes(Path.of(System.getProperty(jarProperty))));
    }

    /**
     * Builds a KAR as karaf-maven-plugin lays it out: the bundle {@code jar} at its Maven path under
     * {@code repository/} and a features XML beside it whose feature installs that jar on deploy.
     */
    private static byte[] kar(String artifact, String version, byte[] jar) throws IOException {
        String folder = "repository/" + KAR_GROUP.replace('.', '/') + "/";
        String features = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"swap-kar-" + version + "\">\n"
                + "  <feature name=\"" + artifact + "\" version=\"" + version + "\" install=\"auto\">\n"
                + "    <bundle>mvn:" + KAR_GROUP + "/" + artifact + "/" + version + "</bundle>\n"
                + "  </feature>\n"
                + "</features>\n";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(folder + "swap-kar/" + version + "/swap-kar-" + version + "-features.xml",
                features.getBytes(StandardCharsets.UTF_8));
        entries.put(folder + artifact + "/" + version + "/" + artifact + "-" + version + ".jar",
                jar);
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Writes the file under another name first, so that the route never reads it half written. */
    private static void drop(Path inbox, String name, String content) throws IOException {
        Path staged = inbox.resolve(name + ".part");
        Files.writeString(staged, content, StandardCharsets.UTF_8);
        Files.move(staged, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Builds a bundle jar with nothing but a manifest that imports {@code imports}. */
    private static byte[] jar(String symbolicName, String imports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", imports);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.flush();
        }
        return bytes.toByteArray();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 60 s waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
