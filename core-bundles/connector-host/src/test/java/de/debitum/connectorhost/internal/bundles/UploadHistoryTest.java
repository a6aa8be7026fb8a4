package de.debitum.connectorhost.internal.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadHistoryTest {

    private static final String NAME = "de.example.connector";

    @TempDir
    Path root;

    @Test
    void firstUploadHasNoPrevious() throws IOException {
        UploadHistory history = new UploadHistory(root);

        history.record(NAME, "1.0.0", "connector-1.0.0.jar", bytes("one"));

        assertThat(history.previous(NAME)).isEmpty();
    }

    @Test
    void upgradeKeepsPreviousUpload() throws IOException {
        UploadHistory history = new UploadHistory(root);
        history.record(NAME, "1.0.0", "connector-1.0.0.jar", bytes("one"));

        history.record(NAME, "1.0.1", "connector-1.0.1.kar", bytes("two"));

        UploadHistory.Entry previous = history.previous(NAME).orElseThrow();
        assertThat(previous.version()).isEqualTo("1.0.0");
        assertThat(previous.fileName()).isEqualTo("connector-1.0.0.jar");
        assertThat(Files.readString(previous.file())).isEqualTo("one");
    }

    @Test
    void sameVersionKeepsPrevious() throws IOException {
        UploadHistory history = new UploadHistory(root);
        history.record(NAME, "1.0.0", "connector-1.0.0.jar", bytes("one"));
        history.record(NAME, "1.0.1", "connector-1.0.1.jar", bytes("two"));

        history.record(NAME, "1.0.1", "connector-1.0.1-again.jar", bytes("two again"));

        assertThat(history.previous(NAME).orElseThrow().version()).isEqualTo("1.0.0");
    }

    @Test
    void rollbackSwapsCurrentAndPrevious() throws IOException {
        UploadHistory history = new UploadHistory(root);
        history.record(NAME, "1.0.0", "connector-1.0.0.jar", bytes("one"));
        history.record(NAME, "1.0.1", "connector-1.0.1.jar", bytes("two"));
        UploadHistory.Entry previous = history.previous(NAME).orElseThrow();

        // A rollback installs the previous upload, which the service then records like any upload.
        history.record(NAME, previous.version(), previous.fileName(), Files.readAllBytes(previous.file()));

        UploadHistory.Entry swapped = history.previous(NAME).orElseThrow();
        assertThat(swapped.version()).isEqualTo("1.0.1");
        assertThat(Files.readString(swapped.file())).isEqualTo("two");
    }

    @Test
    void historySurvivesNewInstance() throws IOException {
        new UploadHistory(root).record(NAME, "1.0.0", "a.jar", bytes("one"));
        new UploadHistory(root).record(NAME, "2.0.0", "b.jar", bytes("two"));

        assertThat(new UploadHistory(root).previous(NAME).orElseThrow().version()).isEqualTo("1.0.0");
    }

    @Test
    void symbolicNamesKeepSeparateHistories() throws IOException {
        UploadHistory history = new UploadHistory(root);
        history.record(NAME, "1.0.0", "a.jar", bytes("one"));
        history.record(NAME, "1.0.1", "b.jar", bytes("two"));

        history.record("../other", "1.0.0", "c.jar", bytes("three"));

        assertThat(history.previous("../other")).isEmpty();
        assertThat(history.previous(NAME)).isPresent();
        try (var folders = Files.list(root)) {
            assertThat(folders.allMatch(folder -> folder.getParent().equals(root))).isTrue();
        }
    }

    @Test
    void noStorageKeepsNothing() throws IOException {
        UploadHistory history = new UploadHistory(null);
        history.record(NAME, "1.0.0", "a.jar", bytes("one"));
        history.record(NAME, "1.0.1", "b.jar", bytes("two"));

        assertThat(history.previous(NAME)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
