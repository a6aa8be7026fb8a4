package de.debitum.connectorhost.internal.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The current and the previous uploaded version of each connector bundle, kept on disk so that an
 * upgrade can be rolled back after a restart too. Each symbolic name has its own folder with the
 * files {@code current.bin} and {@code previous.bin} and an {@code index.properties} that names
 * their versions and upload file names. A KAR is stored under each connector bundle it contains.
 * Only uploads through {@link DefaultConnectorBundles} are recorded, so a bundle from the
 * distribution has no previous version until it was replaced by an upload.
 */
final class UploadHistory {

    /** One stored upload: the bundle version it installed and the file name it was uploaded as. */
    record Entry(String version, String fileName, Path file) {
    }

    private static final String INDEX = "index.properties";

    private final Path root;

    /** Creates the history in {@code root}; a null root (no persistent storage) keeps no history. */
    UploadHistory(Path root) {
        this.root = root;
    }

    /**
     * Records a successful upload as the current version of {@code symbolicName}. When the stored
     * current version differs, it becomes the previous one; an upload of the same version only
     * replaces the stored file.
     */
    synchronized void record(String symbolicName, String version, String fileName, byte[] content) throws IOException {
        if (root == null) {
            return;
        }
        Path folder = folder(symbolicName);
        Files.createDirectories(folder);
        Properties index = readIndex(folder);
        String currentVersion = index.getProperty("current.version");
        if (currentVersion != null && !currentVersion.equals(version) && Files.exists(folder.resolve("current.bin"))) {
            Files.move(folder.resolve("current.bin"), folder.resolve("previous.bin"), StandardCopyOption.REPLACE_EXISTING);
            index.setProperty("previous.version", currentVersion);
            index.setProperty("previous.name", index.getProperty("current.name", "upload"));
        }
        Path staged = folder.resolve("current.bin.part");
        Files.write(staged, content);
        Files.move(staged, folder.resolve("current.bin"), StandardCopyOption.REPLACE_EXISTING);
        index.setProperty("current.version", version);
        index.setProperty("current.name", fileName);
        try (OutputStream out = Files.newOutputStream(folder.resolve(INDEX))) {
            index.store(out, "Connector bundle uploads of " + symbolicName);
        }
    }

    /** Returns the version uploaded before the current one, if its file is still stored. */
    synchronized Optional<Entry> previous(String symbolicName) {
        if (root == null) {
            return Optional.empty();
        }
        Path folder = folder(symbolicName);
        Path file = folder.resolve("previous.bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties index = readIndex(folder);
            String version = index.getProperty("previous.version");
            return version == null ? Optional.empty()
                    : Optional.of(new Entry(version, index.getProperty("previous.name", "upload"), file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path folder(String symbolicName) {
        // Symbolic names are dotted Java-like names; anything else is replaced so that it stays one folder.
        return root.resolve(symbolicName.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "_"));
    }

    private static Properties readIndex(Path folder) throws IOException {
        Properties index = new Properties();
        Path file = folder.resolve(INDEX);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                index.load(in);
            }
        }
        return index;
    }
}
