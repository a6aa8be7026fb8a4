package de.debitum.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Creation and hashing of API keys: {@code dbk_} and 32 random bytes in URL-safe Base64. */
public final class ApiKeys {

    public static final String PREFIX = "dbk_";
    /** Characters of a key shown in lists to identify it. */
    public static final int SHOWN_CHARACTERS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns the key's first characters, which identify it in lists. */
    public static String shownPart(String key) {
        return key.substring(0, Math.min(SHOWN_CHARACTERS, key.length()));
    }

    /**
     * Returns SHA-256 of the key as hex. A plain hash suffices: the key has 256 random bits, so no
     * dictionary applies, and the lookup by hash needs a deterministic function.
     */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
