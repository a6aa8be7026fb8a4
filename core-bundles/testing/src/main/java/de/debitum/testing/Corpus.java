package de.debitum.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Access to the shared corpus of real-world files (e-invoices, bank statements, DATEV files).
 *
 * <p>The folder comes from the system property {@code debitum.corpus}, which the build sets from
 * the environment variable {@code DEBITUM_CORPUS} or to {@code ../shared/corpus} beside the
 * repository. Where the folder is missing, tests that need it are skipped with one line saying
 * so, unless {@code debitum.corpus.required=true} (as in CI), where they fail.
 */
public final class Corpus {

    private static final java.util.concurrent.atomic.AtomicBoolean SKIP_REPORTED = new java.util.concurrent.atomic.AtomicBoolean();

    private Corpus() {
    }

    /** Returns the corpus folder, or skips the calling test when it is absent and not required. */
    public static Path root() {
        String configured = System.getProperty("debitum.corpus", "");
        Path root = configured.isBlank() ? null : Path.of(configured).toAbsolutePath().normalize();
        boolean present = root != null && Files.isDirectory(root);
        if (!present && Boolean.getBoolean("debitum.corpus.required")) {
            throw new IllegalStateException("Corpus folder not found: " + root
                    + ". Set DEBITUM_CORPUS to the folder that holds MANIFEST.tsv.");
        }
        String skipped = "Skipped: corpus folder " + root + " not found (set DEBITUM_CORPUS to run the tests on real files).";
        if (!present && SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println(skipped);
        }
        Assumptions.assumeTrue(present, skipped);
        return root;
    }

    /** Returns a folder inside the corpus, such as {@code bank/camt}. */
    public static Path dir(String relative) {
        Path dir = root().resolve(relative);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Corpus folder not found: " + dir);
        }
        return dir;
    }

    /** Lists the regular files of a corpus folder, sorted by name. */
    public static List<Path> files(String relative) {
        try (Stream<Path> entries = Files.list(dir(relative))) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list corpus folder " + relative + ": " + e.getMessage(), e);
        }
    }

    /** Returns {@code true} when the corpus folder exists, without skipping. */
    public static boolean available() {
        String configured = System.getProperty("debitum.corpus", "");
        return !configured.isBlank() && Files.isDirectory(Path.of(configured));
    }
}
