package de.debitum.ui.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds the smallest jar the hub accepts as a connector bundle: an OSGi manifest that imports
 * the connector package and no classes. The bundle becomes active but registers no connector
 * type, which is enough to drive upload, upgrade, rollback and uninstall in the browser.
 */
final class TestConnectorBundle {

    static final String SYMBOLIC_NAME = "de.debitum.uitest.connector";

    private TestConnectorBundle() {
    }

    /** Writes the bundle in {@code version} into {@code folder} and returns the jar. */
    static Path write(Path folder, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", version);
        main.putValue("Import-Package", "de.debitum.api.connector");
        Files.createDirectories(folder);
        Path jar = folder.resolve("uitest-connector-" + version + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
