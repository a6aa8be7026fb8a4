package de.debitum.rest.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the HMAC key of the tokens from an environment variable or a key file created on first use. */
public final class SigningKey {

    public static final String KEY_VARIABLE = "DEBITUM_TOKEN_KEY";
    public static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    /** Returns the key from {@code environmentValue} if set, else from {@code keyFile}, creating the file if needed. */
    public static byte[] load(String environmentValue, Path keyFile) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return decode(environmentValue.strip(), KEY_VARIABLE);
        }
        try {
            if (!Files.exists(keyFile)) {
                byte[] fresh = new byte[MIN_BYTES];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                restrictToOwner(keyFile);
                LOG.info("Created the token signing key {}", keyFile);
            }
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip(), keyFile.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the token key file " + keyFile + ": " + e.getMessage()
                    + ". Make the folder writable or set " + KEY_VARIABLE + ".", e);
        }
    }

    private static byte[] decode(String base64, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The token key in " + origin + " is not valid Base64. Create one with"
                    + " 'head -c 32 /dev/urandom | base64'.", e);
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("The token key in " + origin + " has " + key.length + " bytes; use at least "
                    + MIN_BYTES + ". Create one with 'head -c 32 /dev/urandom | base64'.");
        }
        return key;
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Cannot restrict permissions of {} (not a POSIX file system?): {}", file, e.toString());
        }
    }
}
