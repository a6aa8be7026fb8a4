package de.debitum.connector.bankstatement.internal.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Builds external ids that stay the same when the same file, or the same booking in a later file,
 * is read again. An id is the account plus the bank's own reference where that is unique. Otherwise
 * it is a hash of the booking's content plus its ordinal among identical bookings of the account
 * in the file. One instance serves one account for a whole file, because two statements of a file
 * can contain bookings that look the same.
 */
final class ExternalIds {

    private final String accountKey;
    private final Map<String, Integer> seen;

    ExternalIds(AccountId account) {
        this.accountKey = account.key();
        this.seen = new HashMap<>();
    }

    private ExternalIds(String accountKey, Map<String, Integer> seen) {
        this.accountKey = accountKey;
        this.seen = new HashMap<>(seen);
    }

    /** Returns the instance for the account, creating it on first use within the file. */
    static ExternalIds forAccount(Map<String, ExternalIds> byAccount, AccountId account) {
        return byAccount.computeIfAbsent(account.key(), key -> new ExternalIds(account));
    }

    /** Returns an independent copy, to read a statement a second time from the same starting state. */
    ExternalIds copy() {
        return new ExternalIds(accountKey, seen);
    }

    /**
     * Returns the id for a booking.
     *
     * @param bankReference  the bank's reference (camt {@code AcctSvcrRef}, MT940 bank reference),
     *                       or {@code null}
     * @param content        the booking's fields joined, used when the reference is missing or repeats
     */
    String next(String bankReference, String content) {
        if (bankReference != null && !bankReference.isBlank() && !"NONREF".equals(bankReference)) {
            String candidate = accountKey + ":" + bankReference.trim();
            if (seen.merge(candidate, 1, Integer::sum) == 1) {
                return candidate;
            }
        }
        String hashKey = accountKey + "|" + content;
        int ordinal = seen.merge("#" + hashKey, 1, Integer::sum);
        return accountKey + ":h" + sha256(hashKey + "|" + ordinal).substring(0, 24);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
