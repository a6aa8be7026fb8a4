package de.debitum.rest.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.auth.Role;
import de.debitum.api.auth.UserAccount;
import de.debitum.api.auth.UserStore;

/**
 * Creates the first operator, {@code admin}, while the hub has no user at all, with the password
 * from {@code DEBITUM_ADMIN_PASSWORD} or from the file {@code etc/debitum-admin-password}.
 */
public final class AdminAccount {

    public static final String NAME = "admin";
    public static final String PASSWORD_VARIABLE = "DEBITUM_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

    private AdminAccount() {
    }

    /** Creates {@code admin} if no user exists and a password is given; returns whether it did. */
    public static boolean createIfNoUser(UserStore users, PasswordHasher hasher, String environmentValue, Path passwordFile) {
        if (users.countAll() > 0) {
            return false;
        }
        String password = environmentValue;
        if (password == null || password.isBlank()) {
            password = readFile(passwordFile);
        }
        if (password == null || password.isBlank()) {
            LOG.warn("The hub has no API user and no first password: set {} or write it into {}, then restart the"
                    + " debitum-rest bundle", PASSWORD_VARIABLE, passwordFile);
            return false;
        }
        password = password.strip();
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_PASSWORD_BYTES) {
            LOG.error("The first password of user '{}' is longer than {} bytes, which bcrypt cannot use; choose a"
                    + " shorter one in {} or {}", NAME, PasswordHasher.MAX_PASSWORD_BYTES, PASSWORD_VARIABLE, passwordFile);
            return false;
        }
        users.create(new UserAccount(NAME, Role.OPERATOR, null, "de", hasher.hash(password), true, Instant.now()));
        LOG.info("Created the operator '{}' of the HTTP API", NAME);
        return true;
    }

    private static String readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot read the first password from {}: {}", file, e.toString());
            return null;
        }
    }
}
