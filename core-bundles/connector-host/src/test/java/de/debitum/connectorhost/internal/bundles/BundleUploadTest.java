package de.debitum.connectorhost.internal.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.ConnectorBundleService.RejectedBundleException;

class BundleUploadTest {

    @Test
    void connectorBundleIsAccepted() throws IOException {
        BundleUpload upload = BundleUpload.inspect("c.jar", jar(manifest("de.example.connector;singleton:=true",
                "org.osgi.framework,de.debitum.api.connector;version=\"[1.1,2)\",org.apache.camel;version=\"[4.22,5)\"")));

        assertThat(upload.kind()).isEqualTo(BundleUpload.Kind.BUNDLE);
        assertThat(upload.symbolicName()).isEqualTo("de.example.connector");
        assertThat(upload.version()).isEqualTo("1.2.3");
    }

    @Test
    void bundleWithoutSpiImportIsRejected() throws IOException {
        byte[] library = jar(manifest("de.example.library", "org.osgi.framework,de.debitum.api.connector.extra"));

        assertThatThrownBy(() -> BundleUpload.inspect("lib.jar", library))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("de.example.library")
                .hasMessageContaining("does not import de.debitum.api.connector");
    }

    @Test
    void fragmentIsRejected() throws IOException {
        Manifest manifest = manifest("de.example.fragment", "de.debitum.api.connector");
        manifest.getMainAttributes().putValue("Fragment-Host", "de.example.host");

        assertThatThrownBy(() -> BundleUpload.inspect("f.jar", jar(manifest)))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("fragment");
    }

    @Test
    void plainJarIsRejected() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");

        assertThatThrownBy(() -> BundleUpload.inspect("plain.jar", jar(manifest)))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("'plain.jar' is neither an OSGi bundle");
    }

    @Test
    void textIsRejected() {
        byte[] text = "kein Archiv".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BundleUpload.inspect("notes.txt", text))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void karIsRecognised() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("repository/de/example/connector/1.0/connector-1.0.jar"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }

        assertThat(BundleUpload.inspect("c.kar", bytes.toByteArray()).kind()).isEqualTo(BundleUpload.Kind.KAR);
    }

    @Test
    void karFileNameIsSanitised() {
        assertThat(DefaultConnectorBundles.karFileName("../../etc/evil.KAR")).isEqualTo("upload.._.._etc_evil.kar");
        assertThat(DefaultConnectorBundles.karFileName("connector 1.0.kar")).isEqualTo("connector_1.0.kar");
        assertThat(DefaultConnectorBundles.karFileName(null)).isEqualTo("upload.kar");
    }

    static Manifest manifest(String symbolicName, String imports) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.2.3");
        main.putValue("Import-Package", imports);
        return manifest;
    }

    static byte[] jar(Manifest manifest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new ZipEntry("de/example/Type.class"));
            out.write(new byte[] {0});
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
