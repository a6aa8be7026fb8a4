package de.debitum.connectorhost.internal.bundles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.Constants;

import de.debitum.api.connector.ConnectorBundleService.RejectedBundleException;
import de.debitum.api.connector.LocalizedText;

/**
 * An uploaded file, checked before anything reaches the framework: either an OSGi bundle jar that
 * imports the connector SPI, or a KAR (a zip archive with a {@code repository/} folder of
 * artifacts). The caller bounds the size.
 */
record BundleUpload(Kind kind, String symbolicName, String version) {

    /** Kind of content of an upload. */
    enum Kind { BUNDLE, KAR }

    /** The package every connector bundle imports. */
    static final String SPI_PACKAGE = "de.debitum.api.connector";

    /** Maximum number of zip entries read while looking for a manifest or a KAR's repository folder. */
    private static final int MAX_ENTRIES = 10_000;

    /** Inspects {@code content}, the file named {@code fileName}. */
    static BundleUpload inspect(String fileName, byte[] content) {
        Manifest manifest = null;
        boolean repositoryFolder = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
                if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    manifest = new Manifest(zip);
                } else if (entry.getName().startsWith("repository/")) {
                    repositoryFolder = true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw reject("'" + fileName + "' ist kein lesbares JAR- oder ZIP-Archiv: " + e.getMessage(),
                    "'" + fileName + "' is no readable jar or zip archive: " + e.getMessage());
        }
        if (entriesMissing(manifest, repositoryFolder)) {
            throw reject(
                    "'" + fileName + "' ist weder ein OSGi-Bundle (kein Bundle-SymbolicName in META-INF/MANIFEST.MF) noch"
                            + " ein KAR (kein Ordner repository/). Bitte das Bundle-JAR oder das KAR des Connectors"
                            + " hochladen.",
                    "'" + fileName + "' is neither an OSGi bundle (no Bundle-SymbolicName in META-INF/MANIFEST.MF) nor"
                            + " a KAR (no repository/ folder). Upload the connector's bundle jar or KAR.");
        }
        String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName != null) {
            return bundle(fileName, manifest.getMainAttributes(), symbolicName);
        }
        return new BundleUpload(Kind.KAR, null, null);
    }

    private static boolean entriesMissing(Manifest manifest, boolean repositoryFolder) {
        boolean bundle = manifest != null && manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        return !bundle && !repositoryFolder;
    }

    /** Checks the manifest of a connector bundle; {@code fileName} names the jar in messages. */
    static BundleUpload bundle(String fileName, Attributes main, String symbolicNameHeader) {
        String symbolicName = symbolicNameHeader.split(";", 2)[0].trim();
        if (!"2".equals(trimmed(main.getValue(Constants.BUNDLE_MANIFESTVERSION)))) {
            throw reject("'" + fileName + "' hat nicht Bundle-ManifestVersion: 2 und ist damit kein OSGi-R4-Bundle.",
                    "'" + fileName + "' lacks Bundle-ManifestVersion: 2, so it is no OSGi R4 bundle.");
        }
        if (main.getValue(Constants.FRAGMENT_HOST) != null) {
            throw reject("'" + fileName + "' ist ein Fragment (Fragment-Host); ein Connector muss ein eigenes Bundle sein.",
                    "'" + fileName + "' is a fragment (Fragment-Host); a connector must be a bundle of its own.");
        }
        if (!importsSpi(main.getValue(Constants.IMPORT_PACKAGE))) {
            throw reject("Das Bundle " + symbolicName + " importiert " + SPI_PACKAGE
                    + " nicht und ist damit kein Connector. Über diese Schnittstelle lassen sich nur Connectoren installieren.",
                    "Bundle " + symbolicName + " does not import " + SPI_PACKAGE
                    + ", so it is no connector. Only connectors can be installed through this endpoint.");
        }
        String version = trimmed(main.getValue(Constants.BUNDLE_VERSION));
        return new BundleUpload(Kind.BUNDLE, symbolicName, version == null ? "0.0.0" : version);
    }

    /** Returns whether the Import-Package header names the SPI package, with or without attributes. */
    static boolean importsSpi(String importPackage) {
        if (importPackage == null) {
            return false;
        }
        for (String clause : importPackage.split(",")) {
            if (clause.split(";", 2)[0].trim().equals(SPI_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    static RejectedBundleException reject(String de, String en) {
        return new RejectedBundleException(LocalizedText.of(de, en));
    }
}
