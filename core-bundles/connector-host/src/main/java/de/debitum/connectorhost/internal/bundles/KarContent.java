package de.debitum.connectorhost.internal.bundles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osgi.framework.Constants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The checked content of an uploaded KAR: the connector bundles under {@code repository/} and the
 * features XML files there. Karaf's KarService (4.4) extracts every {@code repository/} entry into
 * its KAR folder, registers each features XML it finds there and installs the features marked
 * {@code install="auto"}; it logs, but does not throw, when such a feature fails. So this check
 * rejects, before Karaf reads the file, a KAR that would install nothing or write outside its folder.
 */
record KarContent(List<BundleUpload> connectorBundles, List<String> featuresFiles) {

    private static final String REPOSITORY = "repository/";

    /** Namespace prefix of Karaf features XML; KarService also accepts a root without namespace. */
    private static final String FEATURES_NAMESPACE = "http://karaf.apache.org/xmlns/features/v";

    private static final int MAX_ENTRIES = 10_000;

    /**
     * Factor on the upload limit that bounds the uncompressed size of all entries. Bundle jars
     * are compressed already, so a real KAR barely shrinks when zipped; a larger factor means a
     * zip bomb.
     */
    private static final int MAX_EXPANSION = 4;

    /** Reads the KAR {@code content}, named {@code fileName}, whose compressed size is at most {@code maxBytes}. */
    static KarContent inspect(String fileName, byte[] content, long maxBytes) {
        long maxUncompressed = maxBytes * MAX_EXPANSION;
        List<BundleUpload> connectors = new ArrayList<>();
        List<String> featuresFiles = new ArrayList<>();
        long uncompressed = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw BundleUpload.reject("'" + fileName + "' enthält mehr als " + MAX_ENTRIES + " Einträge.",
                            "'" + fileName + "' contains more than " + MAX_ENTRIES + " entries.");
                }
                String name = entry.getName();
                checkEntryName(fileName, name);
                byte[] bytes = readEntry(fileName, zip, maxUncompressed - uncompressed);
                uncompressed += bytes.length;
                if (entry.isDirectory() || !name.startsWith(REPOSITORY)) {
                    continue;
                }
                if (name.endsWith(".jar")) {
                    BundleUpload connector = connectorBundle(fileName, name, bytes);
                    if (connector != null) {
                        connectors.add(connector);
                    }
                } else if (isFeaturesXml(fileName, name, bytes)) {
                    featuresFiles.add(name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw BundleUpload.reject("'" + fileName + "' ist kein lesbares ZIP-Archiv: " + e.getMessage(),
                    "'" + fileName + "' is no readable zip archive: " + e.getMessage());
        }
        if (featuresFiles.isEmpty()) {
            throw BundleUpload.reject("'" + fileName + "' ist kein KAR: Im Ordner repository/ fehlt ein Features-XML"
                            + " mit einem Feature install=\"auto\". Bitte das KAR des Connectors hochladen, wie es"
                            + " karaf-maven-plugin baut.",
                    "'" + fileName + "' is no KAR: the repository/ folder has no features XML with a feature"
                            + " install=\"auto\". Upload the connector's KAR as karaf-maven-plugin builds it.");
        }
        if (connectors.isEmpty()) {
            throw BundleUpload.reject("'" + fileName + "' enthält im Ordner repository/ kein Bundle, das "
                            + BundleUpload.SPI_PACKAGE + " importiert, und damit keinen Connector.",
                    "'" + fileName + "' has no bundle in its repository/ folder that imports "
                            + BundleUpload.SPI_PACKAGE + ", so it contains no connector.");
        }
        return new KarContent(List.copyOf(connectors), List.copyOf(featuresFiles));
    }

    /**
     * Rejects entries that Karaf would write outside its KAR folder. KarService copies
     * {@code resource/} entries into the Karaf base folder (etc/ included) and joins entry names
     * to folders without normalising them.
     */
    private static void checkEntryName(String fileName, String name) {
        String normalised = name.replace('\\', '/');
        boolean escapes = normalised.startsWith("/") || normalised.contains(":")
                || ("/" + normalised + "/").contains("/../");
        if (escapes) {
            throw BundleUpload.reject("'" + fileName + "' enthält den ungültigen Pfad '" + name
                            + "', der aus dem KAR-Ordner hinausführt.",
                    "'" + fileName + "' contains the invalid path '" + name + "', which leads out of the KAR folder.");
        }
        if (normalised.startsWith("resource")) {
            throw BundleUpload.reject("'" + fileName + "' enthält den Eintrag '" + name + "'. Ein Connector-KAR darf nur"
                            + " den Ordner repository/ haben, weil Karaf resource/ in das Karaf-Verzeichnis kopiert.",
                    "'" + fileName + "' contains the entry '" + name + "'. A connector KAR may only have the"
                            + " repository/ folder, because Karaf copies resource/ into the Karaf folder.");
        }
    }

    private static byte[] readEntry(String fileName, InputStream zip, long remaining) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = zip.read(buffer)) != -1) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > remaining) {
                throw BundleUpload.reject("'" + fileName + "' ist entpackt größer als " + MAX_EXPANSION
                                + "-mal die Obergrenze für Uploads.",
                        "'" + fileName + "' is larger than " + MAX_EXPANSION + " times the upload limit when unpacked.");
            }
        }
        return bytes.toByteArray();
    }

    /** Returns the connector bundle in the jar entry {@code name}, or null for a jar that is no connector. */
    private static BundleUpload connectorBundle(String fileName, String name, byte[] jar) throws IOException {
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
        }
        if (manifest == null) {
            return null;
        }
        String symbolicName = manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || !BundleUpload.importsSpi(manifest.getMainAttributes().getValue(Constants.IMPORT_PACKAGE))) {
            return null;
        }
        return BundleUpload.bundle(fileName + "!/" + name, manifest.getMainAttributes(), symbolicName);
    }

    /**
     * Returns whether the entry is a Karaf features XML with at least one feature that KarService
     * installs. Parsed with DOCTYPE declarations and external entities off.
     */
    private static boolean isFeaturesXml(String fileName, String name, byte[] xml) {
        String simpleName = name.substring(name.lastIndexOf('/') + 1);
        if (!simpleName.endsWith(".xml") || simpleName.startsWith("maven-metadata")) {
            return false;
        }
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw BundleUpload.reject("Das XML '" + name + "' in '" + fileName + "' ist ungültig: " + e.getMessage(),
                    "The XML '" + name + "' in '" + fileName + "' is invalid: " + e.getMessage());
        }
        String namespace = root.getNamespaceURI();
        if (!"features".equals(root.getLocalName())
                || (namespace != null && !namespace.isEmpty() && !namespace.startsWith(FEATURES_NAMESPACE))) {
            return false;
        }
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element feature && "feature".equals(feature.getLocalName())
                    && "auto".equals(feature.getAttribute("install"))) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Report errors through the exception only, not on standard error.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required safety feature", e);
        }
    }
}
