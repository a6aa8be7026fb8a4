package de.debitum.testing.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * An inbox folder that a file-polling route reads, with a staging folder beside it. Files are
 * written to staging and moved into the inbox in one atomic move, with a modification time a
 * minute in the past as a finished export has, so that a read lock on file age takes them at once.
 */
public final class InboxFolder {

    private final Path inbox;
    private final Path staging;

    /** Creates {@code root/inbox} and {@code root/staging}. */
    public InboxFolder(Path root) throws IOException {
        this.inbox = Files.createDirectories(root.resolve("inbox"));
        this.staging = Files.createDirectories(root.resolve("staging"));
    }

    /** Returns the folder the route polls. */
    public Path path() {
        return inbox;
    }

    /** Drops a file into the inbox in one atomic move. */
    public void drop(String name, byte[] content) throws IOException {
        Path staged = staging.resolve(name);
        Files.write(staged, content);
        Files.setLastModifiedTime(staged, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops a file into the inbox and waits until the route moved it on. */
    public void dropAndAwait(String name, byte[] content) throws IOException, InterruptedException {
        drop(name, content);
        Await.until("file " + name + " taken from the inbox " + inbox, this::isEmpty);
    }

    /** Waits up to {@code timeout} until the inbox contains no regular file. */
    public void awaitEmpty(Duration timeout) throws InterruptedException {
        Await.until("inbox " + inbox + " empty", timeout, this::isEmpty);
    }

    /** Returns whether the inbox contains no regular file; subfolders such as {@code .done} do not count. */
    public boolean isEmpty() {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.noneMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox, e);
        }
    }
}
