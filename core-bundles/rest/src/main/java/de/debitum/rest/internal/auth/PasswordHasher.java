package de.debitum.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.RuntimeCryptoException;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt password hashes ({@code $2y$}) through Bouncy Castle. */
public final class PasswordHasher {

    /** Cost of new hashes: 2^12 rounds, about a quarter of a second on one core. */
    public static final int DEFAULT_COST = 12;

    /** bcrypt reads at most 72 bytes of a password, so longer ones are rejected rather than cut silently. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final int cost;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.dummyHash = hash("dummy password for unknown users");
    }

    /**
     * Hashes a password.
     *
     * @throws IllegalArgumentException when it is longer than {@link #MAX_PASSWORD_BYTES} bytes
     */
    public String hash(String password) {
        checkLength(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
    }

    /** Returns whether the password matches the hash; false for a malformed hash or an over-long password. */
    public boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException | RuntimeCryptoException e) {
            // A malformed stored hash matches no password.
            return false;
        }
    }

    /** Spends the time of one check, so that an unknown user name takes as long as a wrong password. */
    public void matchNothing(String password) {
        matches(password == null ? "" : password, dummyHash);
    }

    /** Returns a sentence naming what is wrong with a new password, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "short";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "long";
        }
        return null;
    }

    private static void checkLength(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("Password longer than " + MAX_PASSWORD_BYTES + " bytes: bcrypt reads only"
                    + " the first " + MAX_PASSWORD_BYTES + "; choose a shorter one.");
        }
    }
}
