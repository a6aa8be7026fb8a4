package de.debitum.ui.view;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the own G/L accounts per role and per bank IBAN that the ledger settings panel takes, and
 * turns them into the {@code accounts} and {@code bankAccounts} maps of the hub's PUT request. The
 * checks repeat the hub's, so a typing error is named beside the form before anything is sent.
 * The IBAN check digits are checked here only; the hub checks the IBAN's form.
 */
final class LedgerAccountEntries {

    /** Roles of the hub's AccountRole, in the order the form lists them. */
    static final List<String> ROLES = List.of("BANK", "REVENUE_19", "REVENUE_7", "REVENUE_TAX_FREE",
            "REVENUE_REVERSE_CHARGE", "REVENUE_INTRA_EU", "REVENUE_EXPORT", "CASH_DISCOUNT", "WRITE_OFF", "BANK_FEES",
            "DUNNING_FEES", "DEFAULT_INTEREST");
    /** Maximum entries of one map in a PUT request, as the hub accepts them. */
    static final int MAX_ENTRIES = 100;

    /** IBAN form the hub stores: country code, two check digits, 11 to 30 letters or digits. */
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    /** One row of the bank table as entered. Either value may be missing. */
    record BankEntry(String iban, Integer account) {
    }

    /** An entry the form rejects before sending. The message names the entry in the user's language. */
    static final class InvalidEntryException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidEntryException(String message) {
            super(message);
        }
    }

    private LedgerAccountEntries() {
    }

    /**
     * Returns the {@code accounts} map to send: each role's own account, and null for a role left
     * empty, which makes the hub use the chart's default again.
     *
     * @param entered       account per role as entered, null where the field is empty
     * @param accountLength the form's G/L account length; outside 4 to 8 the range is left to the hub
     * @throws InvalidEntryException for an account outside 1 to 10^accountLength - 1
     */
    static Map<String, Integer> accountChanges(Map<String, Integer> entered, Integer accountLength, Texts texts) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : entered.entrySet()) {
            Integer account = entry.getValue();
            if (account != null) {
                String roleName = texts.get("ledger-settings.role." + entry.getKey());
                checkRange(account, accountLength, texts, "ledger-settings.account-invalid", roleName);
            }
            changes.put(entry.getKey(), account);
        }
        return changes;
    }

    /**
     * Returns the {@code bankAccounts} map to send: the account of every IBAN entered, and null
     * for each stored IBAN that is no longer entered, which removes it on the hub. Rows without
     * IBAN and account are skipped. The IBAN may be entered with spaces and in lower case.
     *
     * @param stored        the bank accounts the hub returned with the settings
     * @param accountLength the form's G/L account length; outside 4 to 8 the range is left to the hub
     * @throws InvalidEntryException for a missing IBAN or account, an invalid IBAN, an IBAN entered
     *                               twice, an account out of range, or more than {@link #MAX_ENTRIES} entries
     */
    static Map<String, Integer> bankChanges(Map<String, Integer> stored, List<BankEntry> rows, Integer accountLength,
            Texts texts) {
        Map<String, Integer> entered = new LinkedHashMap<>();
        for (BankEntry row : rows) {
            String iban = normalizeIban(row.iban());
            Integer account = row.account();
            if (iban.isEmpty() && account == null) {
                continue;
            }
            if (iban.isEmpty()) {
                throw new InvalidEntryException(texts.get("ledger-settings.bank-iban-missing", String.valueOf(account)));
            }
            checkIban(iban, texts);
            if (account == null) {
                throw new InvalidEntryException(texts.get("ledger-settings.bank-account-missing", iban));
            }
            checkRange(account, accountLength, texts, "ledger-settings.bank-account-invalid", iban);
            if (entered.put(iban, account) != null) {
                throw new InvalidEntryException(texts.get("ledger-settings.bank-iban-twice", iban));
            }
        }

        Map<String, Integer> changes = new LinkedHashMap<>(entered);
        for (String iban : stored.keySet()) {
            if (!entered.containsKey(iban)) {
                changes.put(iban, null);
            }
        }
        if (changes.size() > MAX_ENTRIES) {
            throw new InvalidEntryException(texts.get("ledger-settings.bank-too-many", MAX_ENTRIES));
        }
        return changes;
    }

    /** Returns the IBAN without whitespace and in upper case, or an empty text for null. */
    static String normalizeIban(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static void checkIban(String iban, Texts texts) {
        if (!IBAN.matcher(iban).matches()) {
            throw new InvalidEntryException(texts.get("ledger-settings.bank-iban-invalid", iban));
        }
        // ISO 13616: the first four characters go to the end, letters become 10 to 35, and the number mod 97 is 1.
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char character : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(character));
        }
        if (!new BigInteger(digits.toString()).mod(NINETY_SEVEN).equals(BigInteger.ONE)) {
            throw new InvalidEntryException(texts.get("ledger-settings.bank-iban-check-digits", iban));
        }
    }

    private static void checkRange(int account, Integer accountLength, Texts texts, String key, String subject) {
        if (accountLength == null || accountLength < 4 || accountLength > 8) {
            return;
        }
        int max = (int) Math.pow(10, accountLength) - 1;
        if (account < 1 || account > max) {
            throw new InvalidEntryException(texts.get(key, subject, String.valueOf(account), String.valueOf(max),
                    accountLength));
        }
    }
}
