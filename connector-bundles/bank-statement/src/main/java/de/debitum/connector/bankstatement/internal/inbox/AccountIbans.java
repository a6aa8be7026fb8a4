package de.debitum.connector.bankstatement.internal.inbox;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.debitum.connector.bankstatement.internal.parse.AccountId;

/**
 * Finds the IBAN under which the payments of a statement account are stored. camt names the IBAN
 * itself. MT940's {@code :25:} usually contains a German bank code (BLZ) and account number. The
 * tenant admin may name the IBAN for such an account in the configuration. Otherwise it is
 * derived by the standard German rule (DE, check digits, 8-digit BLZ, account number padded to 10
 * digits).
 *
 * <p>NOTE: the Deutsche Bundesbank publishes IBAN rules under which some banks derive IBANs
 * differently. For accounts at those banks the derived IBAN can be wrong and needs an entry in
 * the configuration.
 */
public final class AccountIbans {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BANK_CODE = Pattern.compile("[0-9]{8}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{1,10}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private final Map<String, String> configured;

    private AccountIbans(Map<String, String> configured) {
        this.configured = configured;
    }

    /**
     * Parses the configuration value: entries {@code account=IBAN} separated by semicolons or line
     * breaks, where account is the statement's account as {@code BLZ/account number} or as it
     * is written in {@code :25:}.
     *
     * @throws IllegalArgumentException naming the entry that is malformed or whose IBAN is invalid
     */
    static AccountIbans parse(String value) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return new AccountIbans(entries);
        }
        for (String entry : value.split("[;\\r\\n]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int separator = entry.indexOf('=');
            if (separator <= 0) {
                throw new IllegalArgumentException("Entry '" + entry.strip() + "' of field accountIbans has no '='."
                        + " Write it as account=IBAN, such as 12345678/1020304050=DE02120300000000202051.");
            }
            String account = entry.substring(0, separator).strip();
            String iban = normalise(entry.substring(separator + 1));
            if (!isValid(iban)) {
                throw new IllegalArgumentException("Entry '" + entry.strip() + "' of field accountIbans names the"
                        + " invalid IBAN '" + iban + "'. Write the IBAN without spaces and check its check digits.");
            }
            entries.put(account, iban);
        }
        return new AccountIbans(entries);
    }

    /** Returns the IBAN for the account, or empty when it has none and none can be derived. */
    Optional<String> ibanOf(AccountId account) {
        String mapped = configured.get(account.key());
        if (mapped != null) {
            return Optional.of(mapped);
        }
        if (account.iban() != null) {
            String iban = normalise(account.iban());
            return isValid(iban) ? Optional.of(iban) : Optional.empty();
        }
        return germanIban(account.bankCode(), account.accountNumber());
    }

    /** Derives a German IBAN by the standard rule, or returns empty when the parts do not fit it. */
    static Optional<String> germanIban(String bankCode, String accountNumber) {
        if (bankCode == null || accountNumber == null || !BANK_CODE.matcher(bankCode).matches()
                || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            return Optional.empty();
        }
        String bban = bankCode + "0".repeat(10 - accountNumber.length()) + accountNumber;
        int check = 98 - mod97(bban + "DE00");
        return Optional.of("DE" + (check < 10 ? "0" : "") + check + bban);
    }

    /** Checks the format and the ISO 13616 mod-97 check digits. */
    static boolean isValid(String iban) {
        return iban != null && IBAN.matcher(iban).matches() && mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    private static String normalise(String iban) {
        return iban.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    private static int mod97(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
