package de.debitum.api.secret;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (connector secrets, SMTP passwords, API keys) with AES-256-GCM. The key never enters the database: it
 * comes from the environment variable {@code DEBITUM_SECRET_KEY} (32 bytes, Base64) or from a key
 * file in the hub's {@code etc/} folder, which is created on first use.
 *
 * <p>An encrypted value reads {@code {aes-gcm}<Base64 of 12-byte IV and ciphertext with tag>}.
 */
public final class SecretCipher {

    public static final String PREFIX = "{aes-gcm}";
    public static final String KEY_VARIABLE = "DEBITUM_SECRET_KEY";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("The secret key must be 32 bytes (Base64 of 32 random bytes), not "
                    + keyBytes.length + ". Create one with 'head -c 32 /dev/urandom | base64'.");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /**
     * Loads the hub's key: from {@code DEBITUM_SECRET_KEY}, or else from {@code debitum-secret.key}
     * in the folder of the system property {@code karaf.etc} ({@code etc} when unset).
     */
    public static SecretCipher loadForHub() {
        return load(System.getenv(KEY_VARIABLE), Path.of(System.getProperty("karaf.etc", "etc"), "debitum-secret.key"));
    }

    /** Loads the key from the environment variable or the key file, creating the file if needed. */
    public static SecretCipher load(String environmentValue, Path keyFile) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return new SecretCipher(decodeKey(environmentValue.strip(), KEY_VARIABLE));
        }
        try {
            if (!Files.exists(keyFile)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                createKeyFile(keyFile, fresh);
            }
            return new SecretCipher(decodeKey(Files.readString(keyFile, StandardCharsets.US_ASCII).strip(), keyFile.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the secret key file " + keyFile + ": " + e.getMessage()
                    + ". Make the folder writable or set " + KEY_VARIABLE + ".", e);
        }
    }

    /**
     * Writes a new key file unless another bundle of the hub created one at the same moment; then
     * that file's key is the one in use.
     */
    private static void createKeyFile(Path keyFile, byte[] key) throws IOException {
        try {
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrictToOwner(keyFile);
        } catch (FileAlreadyExistsException e) {
            org.slf4j.LoggerFactory.getLogger(SecretCipher.class)
                    .debug("Key file {} was created concurrently; using it", keyFile);
        }
    }

    public static boolean isEncrypted(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a value written by {@link #encrypt}.
     *
     * @throws IllegalArgumentException when the value is not encrypted or was encrypted with
     *         another key
     */
    public String decrypt(String stored) {
        if (!isEncrypted(stored)) {
            throw new IllegalArgumentException("Value is not encrypted; expected the prefix " + PREFIX + ".");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length <= IV_BYTES) {
                throw new IllegalArgumentException("Encrypted value is too short.");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot decrypt a stored secret: it was encrypted with another key or is"
                    + " damaged. Restore the key used then, or enter the secret again.", e);
        }
    }

    private static byte[] decodeKey(String base64, String origin) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The secret key in " + origin + " is not valid Base64. Create one with"
                    + " 'head -c 32 /dev/urandom | base64'.", e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the folder's access rules apply instead.
            org.slf4j.LoggerFactory.getLogger(SecretCipher.class)
                    .debug("Cannot restrict permissions of {}: {}", file, e.toString());
        }
    }
}
