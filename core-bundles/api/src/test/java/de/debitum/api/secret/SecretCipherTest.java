package de.debitum.api.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path folder;

    @Test
    void roundTripKeepsUmlautsAndHidesPlainText() {
        SecretCipher cipher = new SecretCipher(new byte[32]);

        String stored = cipher.encrypt("Passwort-äöü-€");

        assertThat(stored).startsWith(SecretCipher.PREFIX).doesNotContain("Passwort");
        assertThat(cipher.decrypt(stored)).isEqualTo("Passwort-äöü-€");
    }

    @Test
    void sameSecretEncryptsDifferentlyEachTime() {
        SecretCipher cipher = new SecretCipher(new byte[32]);

        assertThat(cipher.encrypt("token")).isNotEqualTo(cipher.encrypt("token"));
    }

    @Test
    void otherKeyCannotDecrypt() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String stored = new SecretCipher(new byte[32]).encrypt("token");

        assertThatThrownBy(() -> new SecretCipher(otherKey).decrypt(stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another key");
    }

    @Test
    void tamperedValueIsRejected() {
        SecretCipher cipher = new SecretCipher(new byte[32]);
        String stored = cipher.encrypt("token");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SecretCipher.PREFIX.length()));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(SecretCipher.PREFIX + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyFileIsCreatedOnceOwnerOnly() throws Exception {
        Path keyFile = folder.resolve("etc/debitum-secret.key");

        String stored = SecretCipher.load(null, keyFile).encrypt("token");

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SecretCipher.load(null, keyFile).decrypt(stored)).isEqualTo("token");
    }

    @Test
    void environmentKeyWinsOverFile() {
        String environmentKey = Base64.getEncoder().encodeToString(new byte[32]);
        String stored = new SecretCipher(new byte[32]).encrypt("token");

        assertThat(SecretCipher.load(environmentKey, folder.resolve("unused.key")).decrypt(stored)).isEqualTo("token");
        assertThat(folder.resolve("unused.key")).doesNotExist();
    }

    @Test
    void shortKeyIsRejectedWithHowToCreateOne() {
        assertThatThrownBy(() -> SecretCipher.load(Base64.getEncoder().encodeToString(new byte[16]), folder.resolve("k")))
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("head -c 32 /dev/urandom | base64");
    }
}
