package de.debitum.rest.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void keyFileIsCreatedOnceAndReused(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("etc/debitum-token.key");

        byte[] first = SigningKey.load(null, file);
        byte[] second = SigningKey.load("", file);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void environmentValueWinsAndIsChecked(@TempDir Path folder) {
        Path file = folder.resolve("unused.key");

        assertThat(SigningKey.load("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", file)).hasSize(32);
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> SigningKey.load("c2hvcnQ=", file)).hasMessageContaining("has 5 bytes");
        assertThatThrownBy(() -> SigningKey.load("not base64!", file)).hasMessageContaining("not valid Base64");
    }
}
