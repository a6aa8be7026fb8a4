package de.debitum.connectorhost.internal.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.ConnectorBundleService.RejectedBundleException;

class KarContentTest {

    private static final long MAX_BYTES = 1024 * 1024;
    private static final String JAR_PATH = "repository/de/example/connector/1.2.3/connector-1.2.3.jar";
    private static final String FEATURES_PATH = "repository/de/example/connector-kar/1.2.3/connector-kar-1.2.3-features.xml";

    @Test
    void connectorKarIsAccepted() throws IOException {
        KarContent kar = KarContent.inspect("c.kar", zip(Map.of(JAR_PATH, connectorJar(), FEATURES_PATH, features("auto"))),
                MAX_BYTES);

        assertThat(kar.featuresFiles()).containsExactly(FEATURES_PATH);
        assertThat(kar.connectorBundles()).hasSize(1);
        assertThat(kar.connectorBundles().get(0).symbolicName()).isEqualTo("de.example.connector");
        assertThat(kar.connectorBundles().get(0).version()).isEqualTo("1.2.3");
    }

    @Test
    void missingFeaturesXmlIsRejected() throws IOException {
        byte[] zip = zip(Map.of(JAR_PATH, connectorJar()));

        assertThatThrownBy(() -> KarContent.inspect("no-features.kar", zip, MAX_BYTES))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("no-features.kar")
                .hasMessageContaining("features XML");
    }

    @Test
    void featureWithoutAutoInstallIsRejected() throws IOException {
        byte[] zip = zip(Map.of(JAR_PATH, connectorJar(), FEATURES_PATH, features("manual")));

        assertThatThrownBy(() -> KarContent.inspect("manual.kar", zip, MAX_BYTES))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("install=\"auto\"");
    }

    @Test
    void karWithoutConnectorIsRejected() throws IOException {
        byte[] zip = zip(Map.of(FEATURES_PATH, features("auto")));

        assertThatThrownBy(() -> KarContent.inspect("empty.kar", zip, MAX_BYTES))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("empty.kar")
                .hasMessageContaining(BundleUpload.SPI_PACKAGE);
    }

    @Test
    void pathOutOfKarFolderIsRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(FEATURES_PATH, features("auto"));
        entries.put("repository/../../etc/users.properties", new byte[] {1});

        assertThatThrownBy(() -> KarContent.inspect("escape.kar", zip(entries), MAX_BYTES))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("repository/../../etc/users.properties");
    }

    @Test
    void resourceFolderIsRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(FEATURES_PATH, features("auto"));
        entries.put("resource/etc/users.properties", new byte[] {1});

        assertThatThrownBy(() -> KarContent.inspect("resource.kar", zip(entries), MAX_BYTES))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("resource/etc/users.properties");
    }

    @Test
    void doctypeInFeaturesXmlIsRejected() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE features [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"x\">"
                + "<feature name=\"x\" version=\"1\" install=\"auto\">&x;</feature></features>";
        byte[] zip = zip(Map.of(JAR_PATH, connectorJar(), FEATURES_PATH, xml.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> KarContent.inspect("doctype.kar", zip, MAX_BYTES))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("doctype.kar")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void unpackedSizeIsBounded() throws IOException {
        byte[] zip = zip(Map.of(JAR_PATH, connectorJar(), "repository/zeros.bin", new byte[64 * 1024]));

        assertThatThrownBy(() -> KarContent.inspect("bomb.kar", zip, 1024))
                .isInstanceOf(RejectedBundleException.class)
                .hasMessageContaining("bomb.kar");
    }

    @Test
    void mavenLocationMapsToRepositoryPath() {
        assertThat(KarInstaller.mavenPath("mvn:de.example/connector/1.2.3"))
                .isEqualTo("de/example/connector/1.2.3/connector-1.2.3.jar");
        assertThat(KarInstaller.mavenPath("mvn:de.example/connector/1.2.3/xml/features"))
                .isEqualTo("de/example/connector/1.2.3/connector-1.2.3-features.xml");
        assertThat(KarInstaller.mavenPath("mvn:de.example/../1.2.3")).isNull();
        assertThat(KarInstaller.mavenPath("debitum-upload:de.example.connector")).isNull();
    }

    @Test
    void karNameComesFromFileName() {
        assertThat(DefaultConnectorBundles.karName("swap-connector-1.0.1.kar")).isEqualTo("swap-connector-1.0.1");
        assertThat(DefaultConnectorBundles.karName("connector 2.kar")).isEqualTo("connector_2");
    }

    static byte[] features(String install) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"connector-1.2.3\">\n"
                + "  <feature name=\"connector\" version=\"1.2.3\" install=\"" + install + "\">\n"
                + "    <bundle>mvn:de.example/connector/1.2.3</bundle>\n"
                + "  </feature>\n"
                + "</features>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] connectorJar() throws IOException {
        return BundleUploadTest.jar(BundleUploadTest.manifest("de.example.connector", "de.debitum.api.connector"));
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
}
